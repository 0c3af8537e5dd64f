// Struct fields get one row each, named by their path: p.x, p.y, r.top_left.x.
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    top_left: Point,
    width: u8,
    filled: bool,
}

fn area(r: &Rect) -> i32 {
    let w = r.width as i32;
    w * w
}

fn main() {
    let p = Point { x: 1, y: -2 };
    let r = Rect { top_left: Point { x: p.x, y: p.y }, width: 3, filled: true };
    let a = area(&r);
    println!("{} {} {}", a, r.top_left.x, r.filled);
}
