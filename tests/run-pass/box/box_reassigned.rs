// Assigning a new box frees the old one (after the new one is made).
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn boxed(s: &'static str) -> Box<D> {
    println!("alloc {s}");
    Box::new(D(s))
}

fn main() {
    let mut b = boxed("first");
    b = boxed("second");
    println!("now {}", b.0);
    let mut i = 0;
    while i < 2 {
        b = boxed("loop");
        i += 1;
    }
    println!("end");
}
