// u64 products that fit in 64 unsigned bits are fine; 2^32 * 2^32 overflows.
fn main() {
    let a = std::hint::black_box(4294967296u64);
    let b = std::hint::black_box(4294967296u64);
    println!("about to multiply");
    println!("{}", a * b);
}
