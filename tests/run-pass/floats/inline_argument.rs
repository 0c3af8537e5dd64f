// f64 arithmetic printed through an inline format argument.
fn main() {
    let x = 1.5f64;
    let y = x * 2.0;
    println!("{y}");
}
