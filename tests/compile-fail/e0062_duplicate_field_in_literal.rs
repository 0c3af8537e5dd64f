// A struct literal initialises the field x twice.
struct Point {
    x: i32,
    y: i32,
}
fn main() {
    let p = Point { x: 1, y: 2, x: 3 }; //~ ERROR E0062
    println!("{}", p.x);
}
