// assert! with a custom formatted message.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _d = D("held");
    let limit = std::hint::black_box(10);
    let mut i = 0;
    while i < 20 {
        assert!(i < limit, "i = {} reached the limit {}", i, limit);
        i += 4;
        println!("i = {i}");
    }
}
