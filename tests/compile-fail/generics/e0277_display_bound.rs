// `impl Display` parameters need a type that implements Display.
use std::fmt::Display;
struct Opaque;
fn show(x: impl Display) {
    println!("{}", x);
}
fn main() {
    show(3);
    show(Opaque); //~ ERROR E0277
}
