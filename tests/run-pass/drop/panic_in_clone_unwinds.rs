// A panic inside a user clone, reached through the clone glue of a tuple, unwinds the caller's frame.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
impl Clone for D {
    fn clone(&self) -> D {
        if self.0 == 2 { panic!("clone fail"); }
        D(self.0 + 10)
    }
}
fn main() {
    let before = D(0);
    let t = (D(1),);
    let _u = t.clone();
    let pair = (D(2), D(3));
    let _v = pair.clone();
    let _ = before;
    println!("unreached");
}
