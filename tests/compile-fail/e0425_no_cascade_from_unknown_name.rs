// An unknown name inside an expression is reported once; the uses of the
// result do not cause further errors.
fn main() {
    let a: u8 = 1;
    let b = a + missing; //~ ERROR E0425
    let c: u8 = b;
    println!("{c}");
}
