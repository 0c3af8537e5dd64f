// Negating i8::MIN panics.
fn main() {
    let x: i8 = std::hint::black_box(-128);
    println!("before");
    let y = -x;
    println!("{y}");
}
