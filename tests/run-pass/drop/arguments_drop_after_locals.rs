// Arguments belong to the callee and drop at its exit after its locals,
// last parameter first.
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

fn f(_x: D, _y: D) {
    let _z = D("z");
    println!("in f");
}

fn g(_p: D, _q: D, _r: D) {
    println!("in g");
}

fn main() {
    f(D("x"), D("y"));
    println!("after f");
    g(mk("p"), mk("q"), mk("r"));
    println!("after g");
}
