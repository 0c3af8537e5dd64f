// An integer literal that does not fit its type: rustc's deny-by-default lint
// `overflowing_literals` (an error without an error code).
fn main() {
    let small: u8 = 256; //~ ERROR
    println!("{}", small);
}
