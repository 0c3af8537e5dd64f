// A shift amount of 2^32 is out of range even though its low 32 bits are zero.
fn main() {
    let n: i64 = std::hint::black_box(4294967296);
    println!("start");
    println!("{}", 1i32 << n);
}
