// A bare `return;` in a function that returns u32.
fn pick(b: bool) -> u32 {
    if b {
        return; //~ ERROR E0069
    }
    3
}
fn main() {
    println!("{}", pick(true));
}
