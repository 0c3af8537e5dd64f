// Moving a Box's content, or one field through the Box, on some paths only.
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

struct P {
    x: D,
    y: D,
}
fn take(d: D) {
    println!("take {}", d.0);
}
fn run(c: bool) {
    let b = Box::new(mk("content"));
    let _other = mk("other");
    if c {
        let v = *b;
        println!("moved out {}", v.0);
    }
    println!("end run {}", c);
}
fn run2(c: bool) {
    let b = Box::new(P {
        x: mk("x"),
        y: mk("y"),
    });
    if c {
        take(b.x);
    }
    println!("end run2 {}", c);
}
fn main() {
    let b = Box::new(P {
        x: mk("always x"),
        y: mk("always y"),
    });
    let x = b.x;
    println!("moved {}", x.0);
    run(true);
    run(false);
    run2(true);
    run2(false);
}
