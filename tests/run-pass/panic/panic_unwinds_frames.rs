// A panic runs the pending drops of every frame, innermost frame first, and
// the program exits with 101.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(_arg: D) {
    let _l = D("inner local");
    println!("in inner");
    panic!("boom");
}

fn middle() {
    let _m1 = D("middle 1");
    let _m2 = D("middle 2");
    inner(D("inner arg"));
    println!("unreachable in middle");
}

fn main() {
    let _a = D("main a");
    {
        let _b = D("main block b");
        middle();
    }
    println!("unreachable in main");
}
