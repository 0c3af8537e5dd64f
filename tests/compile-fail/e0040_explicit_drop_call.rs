// Drop::drop runs by itself at scope end; calling it is E0040 (std::mem::drop is the way).
struct D;
impl Drop for D {
    fn drop(&mut self) {}
}
fn main() {
    let mut d = D;
    d.drop(); //~ ERROR E0040
}
