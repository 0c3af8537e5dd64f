// unsupported: float
// f64 arithmetic and printing.
fn main() {
    let x = 1.5f64;
    let y = x * 2.0;
    println!("{y}");
}
