// i64 subtraction below i64::MIN panics.
fn main() {
    let low = std::hint::black_box(i64::MIN + 1);
    let one: i64 = 1;
    println!("{}", low - one);
    println!("{}", low - one - one);
}
