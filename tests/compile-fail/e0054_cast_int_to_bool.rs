// An integer cannot be cast to bool; compare it with 0 instead.
fn main() {
    let a = 1u8;
    let b = a as bool; //~ ERROR E0054
    println!("{b}");
}
