// The initialiser must have the annotated type: no bool to u8 conversion.
fn main() {
    let x: u8 = true; //~ ERROR E0308
    println!("{x}");
}
