// u64, u32 and usize values above the signed range: division, remainder, comparison, shifts, casts.
fn main() {
    let m = std::hint::black_box(u64::MAX);
    println!(
        "{} {} {}",
        m / 3,
        m % 10,
        m / std::hint::black_box(u64::MAX / 2)
    );
    println!("{} {}", m > 1, std::hint::black_box(1u64) < m);
    println!(
        "{}",
        m >= std::hint::black_box(9_223_372_036_854_775_808u64)
    );
    let a = std::hint::black_box(4294967296u64);
    let b = std::hint::black_box(4294967295u64);
    println!("{}", a * b);
    println!("{}", m - a);
    println!("{}", (m >> 1) + (m >> 1) + 1);
    println!("{} {}", m >> 63, m << 63);
    let big = std::hint::black_box(10_000_000_000_000_000_000u64);
    println!(
        "{} {} {}",
        big / 7,
        big % 7,
        big / std::hint::black_box(3_000_000_000_000_000_000u64)
    );
    let u = std::hint::black_box(u32::MAX);
    println!("{} {} {} {}", u / 7, u % 1000, u > 5, u >> 31);
    let v = std::hint::black_box(3_000_000_000u32);
    println!("{} {}", v + 1_000_000_000, v as i32);
    println!("{} {}", v as u64, v as i64);
    let w = std::hint::black_box(usize::MAX);
    println!("{} {}", w / 2, w > 0);
    let x: u64 = std::hint::black_box(18_446_744_073_709_551_000);
    let y: u64 = std::hint::black_box(18_446_744_073_709_550_000);
    println!("{} {} {}", x > y, x - y, x / y);
    println!("{}", x % y);
}
