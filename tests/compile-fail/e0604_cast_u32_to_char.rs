// Only u8 can be cast to char; a u32 may not be a valid char.
fn main() {
    let a = 65u32;
    let c = a as char; //~ ERROR E0604
    println!("{c}");
}
