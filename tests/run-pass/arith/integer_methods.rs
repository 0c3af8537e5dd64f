// The standard library's integer methods: abs, signum, pow, min/max/clamp, bit counts, wrapping_,
// saturating_, euclidean division, abs_diff; pow overflowing panics inside core, as in rustc.
fn main() {
    let a: i32 = -17;
    let b: u8 = 200;
    let c: i64 = 3;
    println!("{} {} {} {}", a.abs(), a.signum(), a.is_negative(), a.is_positive());
    println!("{} {} {}", c.pow(20), 2u32.pow(31), (-2i8).pow(7));
    println!("{} {} {}", a.min(5), a.max(5), 15i32.clamp(1, 10));
    println!("{} {} {} {}", b.count_ones(), b.count_zeros(), b.leading_zeros(), b.trailing_zeros());
    println!("{} {} {} {}", b.wrapping_add(100), b.wrapping_sub(201), b.wrapping_mul(3), (5i8).wrapping_neg());
    println!("{} {} {}", b.saturating_add(100), 5u8.saturating_sub(10), i32::MAX.saturating_mul(2));
    println!("{} {} {} {}", a.rem_euclid(5), a.div_euclid(5), (-7i64).rem_euclid(-3), 7u32.div_euclid(2));
    println!("{} {} {}", a.abs_diff(10), 100u8.abs_diff(250), 64u32.is_power_of_two());
    println!("{} {}", i64::MIN.wrapping_neg(), i8::MIN.saturating_sub(1));
    println!("{}", 0u16.leading_zeros());
    let r = &a;
    println!("{}", r.abs());
    let big: i32 = std::hint::black_box(3);
    println!("{}", big.pow(25));
}
