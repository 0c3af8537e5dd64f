// Implementing a trait nothing declares.
struct A;
impl Printable for A { //~ ERROR E0405
    fn print(&self) {}
}
fn main() {}
