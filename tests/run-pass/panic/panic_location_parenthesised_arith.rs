// rustc reports an arithmetic panic at the outermost `(` around the operation; jrustc at the left operand.
fn main() {
    let y: u8 = std::hint::black_box(255);
    let z = 1 + ((y + 1));
    println!("{z}");
}
