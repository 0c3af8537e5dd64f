// When cells hold no value (??????): a variable before its assignment on every pass through a
// loop, variables after their block ends, a field moved out of a boxed struct. A struct returned
// by value is already in the caller's cells when the callee is about to return.
struct Pair {
    a: Box<i32>,
    b: i32,
}

struct Point {
    x: i32,
    y: i32,
}

fn show(v: i32) {}

fn eat(x: Box<i32>) -> i32 {
    *x
}

fn make(x: i32) -> Point {
    Point { x, y: x + 1 }
}

fn main() {
    for i in 0..2 {
        let later;
        show(i);
        later = i + 10;
        show(later);
    }
    {
        let n = 5;
        let inner = Box::new(6);
        show(n + *inner);
    }
    let p = Box::new(Pair { a: Box::new(1), b: 2 });
    let one = eat(p.a);
    let q = make(one + p.b);
    println!("{} {}", q.x, q.y);
}
