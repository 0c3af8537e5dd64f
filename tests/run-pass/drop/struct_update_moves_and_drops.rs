// Struct update syntax: the fields written are evaluated first, then the base; the base's other
// fields move out of it, and what is left of a temporary base is dropped at the end of the statement.
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn mk(n: &'static str) -> D { println!("make {}", n); D(n) }
struct S { a: D, b: D, c: D, n: i32 }
fn base() -> S { println!("base"); S { a: D("ba"), b: D("bb"), c: D("bc"), n: 7 } }
fn main() {
    let s = S { b: mk("x"), ..base() };
    println!("built {} {} {} {}", s.a.0, s.b.0, s.c.0, s.n);
    let t = S { a: mk("y"), n: 1, ..s };
    println!("t {} {} {} {}", t.a.0, t.b.0, t.c.0, t.n);
    println!("s.a still {}", s.a.0);
    let u = S { c: mk("z"), ..S { a: D("ia"), b: D("ib"), c: D("ic"), n: 0 } };
    println!("u {} {} {}", u.a.0, u.b.0, u.c.0);
}
