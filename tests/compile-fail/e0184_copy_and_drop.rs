// A type cannot be both Copy and Drop.
#[derive(Clone, Copy)]
struct Token { //~ ERROR E0184
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}
fn main() {
    let t = Token { id: 1 };
}
