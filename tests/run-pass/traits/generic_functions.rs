// Generic functions with trait bounds (PartialOrd, Copy, Display, Debug, a program's trait),
// where clauses, impl Trait parameters, recursion of a generic function: one instance per type.
use std::fmt::Display;
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str {
        "shape"
    }
}
struct Circle(f64);
struct Square(f64);
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn name(&self) -> &'static str { "circle" }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
}
fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}
fn describe(s: &impl Shape) {
    println!("{} {}", s.name(), s.area());
}
fn total<T>(a: &T, b: &T) -> f64 where T: Shape {
    a.area() + b.area()
}
fn show<T: Display>(label: &str, v: T) {
    println!("{}: {}", label, v);
}
fn pair<A: std::fmt::Debug, B: std::fmt::Debug>(a: A, b: B) -> (A, B) {
    println!("{:?} {:?}", a, b);
    (a, b)
}
fn count_down<T: Copy + PartialOrd>(x: T, stop: T, steps: i32) -> i32 {
    if steps > 3 || !(x > stop) { steps } else { count_down(x, stop, steps + 1) }
}
fn main() {
    println!("{} {} {}", largest(3, 7), largest(2.5, -1.0), largest('a', 'z'));
    describe(&Circle(1.0));
    describe(&Square(2.0));
    println!("{}", total(&Square(1.0), &Square(2.0)));
    show("int", 5);
    show("str", "hi");
    let p = pair(1u8, (true, 'c'));
    println!("{:?}", p);
    println!("{}", count_down(5, 1, 0));
}
