// `x = f(x)`: the old value was moved by the right-hand side, so the assignment drops nothing.
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
fn pass(d: D) -> D {
    println!("pass {}", d.0);
    d
}

struct P {
    x: D,
    y: D,
}
fn wrap(b: Box<D>) -> Box<D> {
    println!("wrap {}", b.0);
    b
}
fn main() {
    let mut x = mk("x");
    x = pass(x);
    println!("x {}", x.0);
    let mut b = Box::new(mk("b"));
    b = wrap(b);
    println!("b {}", b.0);
    let mut p = P {
        x: mk("px"),
        y: mk("py"),
    };
    p.x = pass(p.x);
    p.y = pass(mk("py2"));
    println!("p {} {}", p.x.0, p.y.0);
    println!("end");
}
