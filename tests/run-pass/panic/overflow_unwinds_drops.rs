// An arithmetic overflow panics like panic!: the same drops run.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn add(a: u8, b: u8) -> u8 {
    let _callee = D("callee local");
    a + b
}

fn main() {
    let _x = D("x");
    let b = Box::new(D("boxed"));
    let mut total: u8 = 0;
    for step in 0..10 {
        let _s = D("step");
        total = add(total, 100);
        println!("step {step}: total = {total}");
    }
    println!("unreachable {}", b.0);
}
