// Struct literal fields are evaluated in written order but dropped in declaration order;
// a panic mid-literal drops the already evaluated fields in reverse evaluation order.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn mk(s: &'static str) -> D {
    println!("make {s}");
    D(s)
}

struct Three {
    a: D,
    b: D,
    c: D,
}

struct Pair(D, D);

fn boom(on: bool) -> D {
    if on {
        panic!("boom while building");
    }
    mk("x")
}

fn main() {
    {
        let t = Three { c: mk("c"), a: mk("a"), b: mk("b") };
        println!("built {}", t.b.0);
    }
    println!("--");
    {
        let p = Pair { 1: mk("p1"), 0: mk("p0") };
        println!("built pair {}", p.0.0);
    }
    println!("--");
    {
        let t = Three { b: mk("b2"), c: mk("c2"), a: mk("a2") };
        let a = t.a;
        println!("took {}", a.0);
    }
    println!("--");
    let on = std::hint::black_box(true);
    let _t = Three { c: mk("c3"), b: boom(false), a: boom(on) };
}
