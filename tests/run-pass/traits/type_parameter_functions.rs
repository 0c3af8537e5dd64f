// T::function() in a generic function: a function of T's bounds in the body checked once, the
// implementing type's own in each instance (static dispatch).
trait Shape {
    fn with_size(size: f64) -> Self;
    fn area(&self) -> f64;
    fn name() -> &'static str;
}
struct Square(f64);
struct Circle(f64);
impl Shape for Square {
    fn with_size(size: f64) -> Self { Square(size) }
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name() -> &'static str { "square" }
}
impl Shape for Circle {
    fn with_size(size: f64) -> Self { Circle(size) }
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn name() -> &'static str { "circle" }
}
fn grown<T: Shape>(like: &T, factor: f64) -> T {
    println!("growing a {} of area {}", T::name(), like.area());
    T::with_size(factor)
}
fn main() {
    let s = grown(&Square(1.0), 3.0);
    let c = grown(&Circle(1.0), 2.0);
    println!("{} {}", s.area(), c.area());
}
