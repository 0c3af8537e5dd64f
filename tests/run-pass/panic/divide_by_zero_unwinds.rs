// Division by zero deep in a call chain unwinds through each frame.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn ratio(a: i64, b: i64) -> i64 {
    let _r = D("ratio local");
    a / b
}

fn level(n: i64) -> i64 {
    let _l = D("level local");
    println!("level {n}");
    if n == 0 {
        ratio(1, n)
    } else {
        level(n - 1) + 1
    }
}

fn main() {
    let _m = D("main local");
    println!("{}", level(3));
}
