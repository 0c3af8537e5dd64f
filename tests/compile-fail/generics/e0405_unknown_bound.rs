// A bound must name a trait.
fn show<T: Printable>(x: T) -> T { //~ ERROR E0405
    x
}
fn main() {
    show(1);
}
