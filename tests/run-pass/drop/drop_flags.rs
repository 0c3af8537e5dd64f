// A local moved on some paths only is dropped at scope end only if still owned.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run(f: bool) {
    let a = D("a");
    let _b = D("b");
    if f {
        drop(a);
    }
    println!("end {}", f);
}

fn consume(d: D) {
    println!("consumed {}", d.0);
}

fn maybe_consume(n: i32) {
    let x = D("x");
    let y = D("y");
    if n == 1 {
        consume(x);
    } else if n == 2 {
        consume(y);
    }
    println!("end maybe_consume {n}");
}

fn main() {
    run(true);
    run(false);
    maybe_consume(1);
    maybe_consume(2);
    maybe_consume(3);
}
