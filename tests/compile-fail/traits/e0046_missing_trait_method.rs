// An impl must provide every method the trait declares without a body.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> &'static str {
        "shape"
    }
}
struct Square(f64);
impl Shape for Square { //~ ERROR E0046
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn main() {
    println!("{}", Square(2.0).area());
}
