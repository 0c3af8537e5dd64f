// A box created in a callee outlives the callee's frame when returned.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make_box(v: i64) -> Box<i64> {
    let b = Box::new(v * 2);
    println!("make_box made {b}");
    b
}

fn make_d() -> Box<D> {
    let _local = D("make_d local");
    Box::new(D("returned"))
}

fn pass_through(b: Box<D>) -> Box<D> {
    println!("passing {}", b.0);
    b
}

fn main() {
    let b = make_box(21);
    println!("main got {b}");
    let d = make_d();
    println!("main got {}", d.0);
    let e = pass_through(d);
    println!("main got back {}", e.0);
}
