// A box holding a box: two heap blocks, the outer one pointing at the inner one.
fn peek(b: &Box<Box<i32>>) -> i32 {
    ***b
}

fn main() {
    let b: Box<Box<i32>> = Box::new(Box::new(7));
    let v = peek(&b);
    let s = Box::new(Point { x: 1, y: 2 });
    println!("{} {}", v, s.x + s.y);
    let n = peek(&b);
    println!("{}", n);
}

struct Point {
    x: i32,
    y: i32,
}
