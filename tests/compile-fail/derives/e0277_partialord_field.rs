#[derive(PartialEq)]
struct Inner { v: i32 }
#[derive(PartialEq, PartialOrd)]
struct Outer { inner: Inner } //~ ERROR E0277
fn main() {}
