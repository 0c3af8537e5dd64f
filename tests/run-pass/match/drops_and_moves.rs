// Drops around match: a binding moves its part of the scrutinee (the rest is dropped with it),
// a temporary scrutinee lives until the match ends, a guard reads without moving.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make() -> (D, D) {
    (D("t0"), D("t1"))
}

fn pick(flag: bool) -> i32 {
    match (D("scrutinee"), flag) {
        (_, true) => { println!("arm true"); 1 }
        (d, false) => { println!("arm false {}", d.0); 0 }
    }
}

fn main() {
    let pair = (D("a"), D("b"));
    match pair {
        (x, _) => println!("bound {}", x.0),
    }
    println!("after match");
    match make() {
        (_, y) => println!("took {}", y.0),
    }
    println!("after temp match");
    println!("{}", pick(true));
    println!("{}", pick(false));
    let n = 3;
    match n {
        k if k > 5 => println!("big"),
        k => println!("k={}", k),
    }
    let boxed = Box::new((1, D("in box")));
    match *boxed {
        (1, ref_less) => println!("moved {}", ref_less.0),
        _ => println!("no"),
    }
    println!("end");
}
