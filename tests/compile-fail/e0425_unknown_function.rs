// Calling a function that does not exist.
fn main() {
    let v = compute(3); //~ ERROR E0425
    println!("{v}");
}
