// Temporaries of the statement being evaluated drop during unwinding, newest first.
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

fn weigh(d: &D) -> i32 {
    println!("weigh {}", d.0);
    1
}

fn boom() -> i32 {
    panic!("boom while temporaries are alive");
}

fn main() {
    let _kept = mk("kept");
    let n = weigh(&mk("t1")) + weigh(&mk("t2")) + boom();
    println!("unreachable {n}");
}
