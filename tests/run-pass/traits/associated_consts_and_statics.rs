// Associated constants of impls and traits (required, with defaults, Self::NAME), immutable
// statics, and float constants computed at compile time.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn describe(&self) -> u32;
}
struct Triangle;
struct Square;
impl Shape for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
    fn describe(&self) -> u32 {
        Self::SIDES * 10
    }
}
impl Shape for Square {
    const SIDES: u32 = 4;
    fn describe(&self) -> u32 {
        Square::SIDES
    }
}
struct Circle {
    r: f64,
}
impl Circle {
    const PI: f64 = 3.14159;
    const UNIT: f64 = Self::PI * 2.0;
    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }
}
static GREETING: &str = "hello";
static LIMIT: i32 = 10 * 3;
fn main() {
    println!("{} {} {} {}", Triangle::SIDES, Square::SIDES, Triangle::NAME, Square::NAME);
    println!("{} {}", Triangle.describe(), Square.describe());
    println!("{} {} {}", Circle { r: 2.0 }.area(), Circle::PI, Circle::UNIT);
    println!("{} {}", GREETING, LIMIT + 1);
}
