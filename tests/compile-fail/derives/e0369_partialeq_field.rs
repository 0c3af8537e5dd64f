struct Inner { v: i32 }
#[derive(PartialEq)]
struct Outer { inner: Inner } //~ ERROR E0369
fn main() {}
