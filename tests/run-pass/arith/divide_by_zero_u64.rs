// Unsigned division by zero panics too, also in /=.
fn main() {
    let mut x: u64 = 1000;
    let zero: u64 = std::hint::black_box(0);
    x /= 10;
    println!("x = {x}");
    x /= zero;
    println!("x = {x}");
}
