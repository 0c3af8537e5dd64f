struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn f(_d: &D) -> D { D("r") }
fn g(_d: &D) -> i32 { 1 }
fn main() { f(&D("a")); println!("--"); let _x = g(&f(&D("b"))); println!("--"); let _ = f(&D("c")); println!("end"); }
