struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
struct T(D, D);
fn main() {
    T(D("u0"), D("u1")).1;
    println!("end");
}
