// A method is found on a type parameter only through its bounds.
trait Area {
    fn area(&self) -> f64;
}
#[derive(Debug)]
struct Sq(f64);
impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn print_area<T: std::fmt::Debug>(s: &T) {
    println!("{:?}", s.area()); //~ ERROR E0599
}
fn main() {
    print_area(&Sq(2.0));
}
