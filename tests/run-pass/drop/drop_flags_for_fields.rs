// Fields moved out on some paths only get their own drop flags.
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
    z: D,
}
fn take(d: D) {
    println!("take {}", d.0);
}
fn run(n: i32) {
    let p = P {
        x: mk("x"),
        y: mk("y"),
        z: mk("z"),
    };
    if n == 0 {
        take(p.x);
    } else if n == 1 {
        take(p.y);
        take(p.z);
    }
    println!("end run {}", n);
}
fn main() {
    run(0);
    run(1);
    run(2);
}
