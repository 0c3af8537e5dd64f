// An impl of Drop must define drop.
struct Guard {
    id: u32,
}
impl Drop for Guard {} //~ ERROR E0046
fn main() {
    let g = Guard { id: 1 };
    println!("{}", g.id);
}
