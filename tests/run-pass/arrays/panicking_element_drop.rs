// When dropping one element of an array panics, the elements after it are still dropped, then
// the panic goes on unwinding (and drops what is left in the caller).
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == 2 {
            panic!("drop of {} failed", self.0);
        }
    }
}

fn inner() {
    let _a = [D(1), D(2), D(3)];
    println!("leaving inner");
}

fn main() {
    let _outer = D(0);
    inner();
    println!("not reached");
}
