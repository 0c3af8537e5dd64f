// {} needs Display, which a plain struct does not implement.
struct Point {
    x: i32,
}
fn main() {
    let p = Point { x: 1 };
    println!("{}", p); //~ ERROR E0277
}
