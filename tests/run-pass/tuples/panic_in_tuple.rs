// A panic while a tuple is being built drops the elements already made, newest first.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn fail(n: i32) -> D {
    if n > 1 {
        panic!("element {} failed", n);
    }
    D(n)
}

fn main() {
    let outer = D(0);
    let t = (D(1), fail(1), fail(2), D(3));
    println!("not reached {}", t.0 .0 + outer.0);
}
