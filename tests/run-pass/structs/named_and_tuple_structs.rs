// Structs with named fields, tuple structs and unit structs.
struct Point {
    x: i32,
    y: i32,
}

struct Meters(u64);

struct Color(u8, u8, u8);

struct Marker;

struct Line {
    from: Point,
    to: Point,
    label: &'static str,
}

fn length_squared(l: &Line) -> i32 {
    let dx = l.to.x - l.from.x;
    let dy = l.to.y - l.from.y;
    dx * dx + dy * dy
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("p = ({}, {})", p.x, p.y);
    let m = Meters(1500);
    println!("{} m", m.0);
    let c = Color(255, 128, 0);
    println!("rgb({}, {}, {})", c.0, c.1, c.2);
    let _marker = Marker;
    let l = Line { from: Point { x: 0, y: 0 }, to: Point { x: 3, y: 4 }, label: "diagonal" };
    println!("{} has length² {}", l.label, length_squared(&l));
    let x = 10;
    let y = 20;
    let shorthand = Point { x, y };
    println!("shorthand = ({}, {})", shorthand.x, shorthand.y);
    let mut mp = Point { x: 0, y: 0 };
    mp.x = 7;
    mp.y += 3;
    println!("mp = ({}, {})", mp.x, mp.y);
}
