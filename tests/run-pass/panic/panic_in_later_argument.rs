// A panic in a later argument drops the receiver and the earlier arguments in reverse order.
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
    a: D,
    b: D,
}
impl P {
    fn combine(self, _x: D, _y: D, _n: i32) {
        println!("never");
    }
}
fn boom(n: i32) -> i32 {
    if n > 0 { panic!("boom {}", n) } else { 0 }
}
fn main() {
    let p = P {
        a: mk("pa"),
        b: mk("pb"),
    };
    p.combine(mk("x"), mk("y"), boom(std::hint::black_box(3)));
}
