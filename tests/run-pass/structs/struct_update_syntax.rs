// Struct update syntax with Default::default(), a clone, a Copy base (still usable), boxes.
#[derive(Debug, Default, Clone, PartialEq)]
struct Config { name: &'static str, width: u32, height: u32, verbose: bool, tags: (u8, u8) }
#[derive(Debug, Clone, Copy)]
struct P<T> { x: T, y: T, z: T }
#[derive(Debug)]
struct Boxed { a: Box<i32>, b: Box<i32>, n: i32 }
fn main() {
    let c = Config { name: "wide", width: 1920, ..Default::default() };
    println!("{:?}", c);
    let d = Config { verbose: true, ..c.clone() };
    println!("{:?} {}", d, c == d);
    let e = Config { height: 5, ..c };
    println!("{:#?}", e);
    let p = P { x: 1.5, y: 2.0, z: 3.0 };
    let q = P { z: -1.0, ..p };
    println!("{:?} {:?}", p, q);
    let b = Boxed { a: Box::new(1), b: Box::new(2), n: 3 };
    let b2 = Boxed { a: Box::new(10), ..b };
    println!("{:?} {}", b2, b.n);
    let all = Boxed { ..b2 };
    println!("{:?}", all);
}
