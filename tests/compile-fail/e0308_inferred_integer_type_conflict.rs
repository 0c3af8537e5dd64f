// The first use fixes the integer variable's type to u64; the second wants u8.
fn main() {
    let a = 3;
    let b: u64 = a;
    let c: u8 = a; //~ ERROR E0308
    println!("{b} {c}");
}
