// A temporary lives until the end of its statement; several die newest first.
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

fn weight(d: &D) -> i32 {
    println!("weigh {}", d.0);
    1
}

fn main() {
    let n = weight(&mk("t1")) + weight(&mk("t2"));
    println!("n = {n}");
    println!("field of a temporary: {}", mk("t3").0);
    mk("discarded");
    println!("after discarded");
    let keep = mk("kept");
    println!("end, keep = {}", keep.0);
}
