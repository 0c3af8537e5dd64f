// A method named without the call parentheses is not a field.
struct Counter {
    n: u32,
}
impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
}
fn main() {
    let c = Counter { n: 1 };
    let v: u32 = c.get; //~ ERROR E0615
}
