// An associated function without self cannot be called with method syntax.
struct Counter {
    n: u32,
}
impl Counter {
    fn new() -> Counter {
        Counter { n: 0 }
    }
}
fn main() {
    let c = Counter::new();
    let d = c.new(); //~ ERROR E0599
}
