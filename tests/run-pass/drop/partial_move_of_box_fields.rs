// Moving Box fields out of a struct one by one: only the fields still owned drop at scope end.
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

struct Pair {
    left: Box<D>,
    right: Box<D>,
    mid: D,
}
fn take(b: Box<D>) {
    println!("take {}", b.0);
}
fn main() {
    let p = Pair {
        left: Box::new(mk("L")),
        right: Box::new(mk("R")),
        mid: mk("M"),
    };
    take(p.right);
    println!("after take");
    let l = p.left;
    println!("moved left {}", l.0);
    println!("end");
}
