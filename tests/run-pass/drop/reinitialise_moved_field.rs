// A moved-out field can be assigned again; assigning the whole struct drops only the fields still owned.
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
fn main() {
    let mut p = P {
        x: mk("x1"),
        y: mk("y1"),
    };
    take(p.x);
    p.x = mk("x2");
    println!("p = {} {}", p.x.0, p.y.0);
    let mut q = P {
        x: mk("qx1"),
        y: mk("qy1"),
    };
    take(q.y);
    q = P {
        x: mk("qx2"),
        y: mk("qy2"),
    };
    println!("q = {} {}", q.x.0, q.y.0);
    println!("end");
}
