// A drop that panics while a panic unwinds: the rest of the array and the tuple are still
// dropped (cleanup goes on), then the program aborts when the panic leaves the cleanup code.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == 2 {
            panic!("x");
        }
    }
}
fn main() {
    let _a = [D(1), D(2), D(3)];
    let _t = (D(5), D(2), D(6));
    panic!("main");
}
