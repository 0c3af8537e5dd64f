struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == "old" { panic!("old panics"); }
    }
}
fn main() {
    let mut x = D("old");
    let _after = D("after");
    x = D("new");
    println!("never {}", x.0);
}
