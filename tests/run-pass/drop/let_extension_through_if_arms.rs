struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let e: &D = if std::hint::black_box(true) { &D("then") } else { &D("else") };
    println!("using {}", e.0);
}
