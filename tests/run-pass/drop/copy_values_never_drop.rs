// Copy types are copied, not moved; the original stays usable.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

struct Owner(&'static str);

impl Drop for Owner {
    fn drop(&mut self) {
        println!("drop Owner {}", self.0);
    }
}

fn shift(mut p: Point) -> Point {
    p.x += 100;
    p
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    let r = shift(p);
    println!("p = ({}, {}), q = ({}, {}), r = ({}, {})", p.x, p.y, q.x, q.y, r.x, r.y);
    let n = 5;
    let m = n;
    println!("n = {n}, m = {m}");
    let o = Owner("o");
    let moved = o;
    println!("moved {}", moved.0);
}
