// Integer types never mix implicitly: rustc reports the i64 operand as a
// mismatch (E0308) and the missing `i32 + i64` implementation (E0277).
fn main() {
    let a = 1i32;
    let b = 1i64;
    let c = a + b; //~ ERROR E0308
    //~^ ERROR E0277
    println!("{c}");
}
