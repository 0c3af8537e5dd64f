// Operands evaluate left to right; for `place op= value` on integers the value comes first.
fn v(tag: &'static str, n: i32) -> i32 {
    println!("eval {}", tag);
    n
}
struct Two {
    a: i32,
    b: i32,
}
impl Two {
    fn pick(&mut self, first: bool) -> &mut i32 {
        println!("pick");
        if first { &mut self.a } else { &mut self.b }
    }
}
struct S {
    p: i32,
    q: i32,
}
impl S {
    fn m(&self, x: i32, y: i32) -> i32 {
        self.p + self.q + x + y
    }
}
fn mk_s(tag: &'static str) -> S {
    println!("make {}", tag);
    S { p: 1, q: 2 }
}
fn main() {
    let r = v("a", 1) + v("b", 2) * v("c", 3) - v("d", 4);
    println!("r {}", r);
    let c = v("l", 1) < v("r", 2);
    println!("c {}", c);
    let mut t = Two { a: 10, b: 20 };
    *t.pick(v("cond", 1) == 1) += v("rhs", 5);
    println!("{} {}", t.a, t.b);
    *t.pick(false) = v("rhs2", 7);
    println!("{} {}", t.a, t.b);
    *t.pick(true) -= *t.pick(false);
    println!("{} {}", t.a, t.b);
    let s = S {
        q: v("q", 2),
        p: v("p", 1),
    };
    println!("{} {}", s.p, s.q);
    let m = mk_s("recv").m(v("x", 1), v("y", 2));
    println!("m {}", m);
    let sh = v("base", 1) << v("amount", 3);
    println!("sh {}", sh);
    let mut x = 1;
    x += {
        x += 10;
        x
    };
    println!("x {}", x);
    let neg = -v("neg", 5);
    println!("neg {}", neg);
}
