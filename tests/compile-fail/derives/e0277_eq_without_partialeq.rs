#[derive(Eq)]
struct A { v: i32 } //~ ERROR E0277
fn main() {}
