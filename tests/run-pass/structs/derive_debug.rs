// #[derive(Debug)] on structs (named, tuple, unit, empty), nested in each other, in tuples, arrays
// and boxes; {:?} on one line and {:#?} pretty, byte for byte as rustc.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Empty {}

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

#[derive(Debug)]
struct Shape {
    name: &'static str,
    corners: [Point; 2],
    tag: (char, bool),
    scale: Meters,
    boxed: Box<Point>,
    unit: Unit,
    nothing: (),
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:?} {:?}", Unit, Empty {}, Meters(5));
    println!("{:#?}", Meters(7));
    let s = Shape {
        name: "tri\"angle",
        corners: [Point { x: 0, y: 0 }, Point { x: 3, y: 4 }],
        tag: ('q', true),
        scale: Meters(2),
        boxed: Box::new(Point { x: 9, y: 9 }),
        unit: Unit,
        nothing: (),
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:#?}", (1, "two", [3, 4]));
    println!("{:#?} {:#?} {:#?}", (), [0u8; 0], (5,));
    let r = &p;
    println!("{:?} {:#?}", r, &&r.x);
}
