// Assigning to a `let mut x;` that is initialised on some paths drops the old value only where there is one.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn mk(s: &'static str) -> D {
    println!("make {}", s);
    D(s)
}
fn name(i: i32) -> &'static str {
    if i == 0 {
        "n0"
    } else if i == 1 {
        "n1"
    } else if i == 2 {
        "n2"
    } else {
        "n3"
    }
}

fn run(c: bool) {
    let mut x;
    if c {
        x = mk("maybe");
        println!("set {}", x.0);
    }
    x = mk("always");
    println!("end run {} {}", c, x.0);
}
fn main() {
    let mut x;
    for i in 0..3 {
        x = mk(name(i));
        println!("x {}", x.0);
    }
    run(true);
    run(false);
}
