// Panics of integer methods that report the call site (clamp, rem_euclid) and core (abs).
fn clamped(v: i32, lo: i32, hi: i32) -> i32 {
    v.clamp(lo, hi)
}

fn main() {
    println!("{}", clamped(5, 0, 3));
    let divisor: u16 = std::hint::black_box(0);
    if divisor == 1 {
        println!("{}", 10u16.rem_euclid(divisor));
    }
    println!("{}", clamped(5, 9, 3));
}
