// &Box<T> coerces to &T at a call site; &&T and &mut T coerce to &T too.
struct P {
    v: i64,
}

fn show(n: &i32) {
    println!("show {n}");
}

fn value(p: &P) -> i64 {
    p.v
}

fn main() {
    let b = Box::new(41);
    show(&b);
    let bp = Box::new(P { v: 7 });
    println!("value = {}", value(&bp));
    let n = 3;
    let r = &n;
    show(r);
    let mut m = 8;
    show(&mut m);
    let bb = Box::new(Box::new(P { v: 99 }));
    println!("value = {}", value(&bb));
    let rb = &b;
    show(rb);
}
