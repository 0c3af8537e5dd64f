// assert_ne! failing when both sides are equal.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _d = D("held");
    let a = std::hint::black_box('x');
    assert_ne!(a, 'y');
    println!("x is not y");
    assert_ne!(a, 'x');
    println!("unreachable");
}
