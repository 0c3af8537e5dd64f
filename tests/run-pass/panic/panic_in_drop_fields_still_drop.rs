// A panic inside Drop::drop (not while unwinding) still drops the struct's fields and the other locals.
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

struct Bad {
    x: D,
    y: D,
}
impl Drop for Bad {
    fn drop(&mut self) {
        println!("bad drop {} {}", self.x.0, self.y.0);
        panic!("bad");
    }
}
fn main() {
    let _a = mk("a");
    let _b = Bad {
        x: mk("x"),
        y: mk("y"),
    };
    let _c = mk("c");
    println!("end");
}
