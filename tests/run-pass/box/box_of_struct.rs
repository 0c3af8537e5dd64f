// A boxed struct: field access and methods through the box, field update,
// and the struct's drop order when the box goes.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: D,
    count: i32,
    right: D,
}

impl Pair {
    fn bump(&mut self) {
        self.count += 1;
    }

    fn count(&self) -> i32 {
        self.count
    }
}

fn main() {
    let mut p = Box::new(Pair { left: D("left"), count: 0, right: D("right") });
    p.bump();
    p.bump();
    p.count *= 10;
    println!("count = {}", p.count());
    println!("left = {}, right = {}", p.left.0, p.right.0);
    p.right = D("new right");
    println!("end");
}
