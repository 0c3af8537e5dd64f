// clone() exists only for types that derive (or implement) Clone.
struct Point {
    x: i32,
}
fn main() {
    let p = Point { x: 1 };
    let q = p.clone(); //~ ERROR E0599
}
