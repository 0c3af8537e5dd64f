// A struct's own drop runs first (fields intact), then its fields drop in
// declaration order, whatever the initialiser order.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct S {
    a: D,
    b: D,
}

impl Drop for S {
    fn drop(&mut self) {
        println!("drop S({},{})", self.a.0, self.b.0);
    }
}

struct Plain {
    first: D,
    second: D,
    third: D,
}

struct Outer {
    inner: S,
    tail: D,
}

fn main() {
    let _s = S { b: D("b"), a: D("a") };
    let _p = Plain { third: D("p3"), first: D("p1"), second: D("p2") };
    let _o = Outer { tail: D("tail"), inner: S { a: D("ia"), b: D("ib") } };
    println!("end");
}
