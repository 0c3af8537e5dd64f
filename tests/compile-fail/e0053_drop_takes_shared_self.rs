// Drop::drop takes &mut self, not &self.
struct Guard {
    id: u32,
}
impl Drop for Guard {
    fn drop(&self) { //~ ERROR E0053
        println!("drop {}", self.id);
    }
}
fn main() {
    let g = Guard { id: 1 };
}
