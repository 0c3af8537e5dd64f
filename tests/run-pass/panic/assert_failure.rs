// assert! that fails panics with "assertion failed: EXPR".
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _d = D("held");
    let z = std::hint::black_box(2);
    assert!(z > 1);
    println!("first assert passed");
    assert!(z == 1);
    println!("unreachable");
}
