// derive(Debug) output with {:?} and {:#?} for unit, tuple and struct variants, nested enums, and enums inside containers.
#[derive(Debug, Clone, Copy)]
enum Dir {
    North,
    South,
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(&'static str),
    Color(u8, u8, u8),
    Go(Dir),
    At(Point),
    Boxed(Box<Msg>),
    Unit(),
    Empty {},
    Chars(char, bool, f64),
}

#[derive(Debug)]
struct Robot {
    name: &'static str,
    facing: Dir,
    last: Msg,
}

fn main() {
    let msgs = [
        Msg::Quit,
        Msg::Move { x: 1, y: -2 },
        Msg::Write("hi \"there\"\n"),
        Msg::Color(255, 0, 7),
        Msg::Go(Dir::South),
        Msg::At(Point { x: 3, y: 4 }),
        Msg::Boxed(Box::new(Msg::Go(Dir::North))),
        Msg::Unit(),
        Msg::Empty {},
        Msg::Chars('\'', true, 1.0),
    ];
    for i in 0..msgs.len() {
        println!("{:?}", msgs[i]);
    }
    for i in 0..msgs.len() {
        println!("{:#?}", msgs[i]);
    }
    let pair = (Dir::North, Msg::Write("x"));
    println!("{:?}", pair);
    println!("{:#?}", pair);
    let dirs = [Dir::North, Dir::South, Dir::North];
    println!("{:?}", dirs);
    println!("{:#?}", dirs);
    let r = Robot { name: "r2", facing: Dir::North, last: Msg::Move { x: 0, y: 5 } };
    println!("{:?}", r);
    println!("{:#?}", r);
    let rr = &&r.last;
    println!("{:?}", rr);
}
