// A u8 shifted by 8 panics even though the amount's type is wider.
fn main() {
    let amount: i64 = std::hint::black_box(8);
    let b: u8 = 1;
    println!("{}", b << (amount - 1));
    println!("{}", b << amount);
}
