// A type alias names a struct or enum in types, struct literals, paths to associated functions
// and variants (not a tuple struct's constructor: that is E0423).
struct Point {
    x: i32,
    y: i32,
}
impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
}
struct Meters(f64);
enum Dir {
    Up,
    Down,
}
type P = Point;
type M = Meters;
type D = Dir;
fn main() {
    let a = P { x: 1, y: 2 };
    let b = P::new(3, 4);
    let m = Meters(2.5);
    let d = D::Up;
    let s = match d {
        D::Up => "up",
        D::Down => "down",
    };
    println!("{} {} {} {} {}", a.x, b.y, m.0, s, matches!(D::Down, Dir::Down));
}
