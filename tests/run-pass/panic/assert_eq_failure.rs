// assert_eq! failing prints both sides (to stderr) and unwinds.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let _d = D("held");
    assert_eq!(square(3), 9);
    println!("3 squared is 9");
    assert_eq!(square(4), 15, "square(4) should be {}", 15);
    println!("unreachable");
}
