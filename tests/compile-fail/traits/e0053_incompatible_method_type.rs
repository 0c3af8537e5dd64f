// The impl's method must have the trait's signature.
trait Area {
    fn area(&self) -> f64;
}
struct Square(i32);
impl Area for Square {
    fn area(&self) -> i32 { //~ ERROR E0053
        self.0 * self.0
    }
}
fn main() {}
