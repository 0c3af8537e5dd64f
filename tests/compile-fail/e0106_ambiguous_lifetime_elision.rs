// With two reference parameters, the lifetime of the returned reference cannot be elided.
fn longer(a: &u32, b: &u32) -> &u32 { //~ ERROR E0106
    a
}
fn main() {
    println!("{}", longer(&1, &2));
}
