// A struct with named fields cannot be used as a value without a literal.
struct Point {
    x: i32,
}
fn main() {
    let p = Point; //~ ERROR E0423
}
