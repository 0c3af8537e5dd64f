struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn check(d: &D) -> bool { println!("check {}", d.0); true }
fn main() {
    let x = check(&D("a")) && check(&D("b"));
    println!("x = {x}");
}
