// A shared reference cannot be passed where &mut is expected.
fn bump(n: &mut i32) {
    *n += 1;
}
fn main() {
    let mut a = 4;
    bump(&a); //~ ERROR E0308
    println!("{a}");
}
