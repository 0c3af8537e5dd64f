// A trait impl may only define the trait's methods; Drop has no close.
struct Guard {
    id: u32,
}
impl Drop for Guard {
    fn drop(&mut self) {}
    fn close(&mut self) {} //~ ERROR E0407
}
fn main() {
    let g = Guard { id: 1 };
    println!("{}", g.id);
}
