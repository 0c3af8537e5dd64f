// Shifts by width-1, bits shifted out are lost silently, and compound shift assignments.
fn main() {
    println!("{}", std::hint::black_box(200u8) << 1);
    println!("{}", std::hint::black_box(64i8) << 1);
    println!("{}", std::hint::black_box(-128i8) >> 7);
    println!("{}", std::hint::black_box(128u8) >> 7);
    println!("{}", std::hint::black_box(1i64) << 63);
    println!("{}", std::hint::black_box(u32::MAX) << 4);
    println!("{}", std::hint::black_box(0xFFFFu16) << 15);
    println!("{}", std::hint::black_box(-1i16) << 15);
    println!(
        "{}",
        std::hint::black_box(1u64) << std::hint::black_box(63u8)
    );
    println!(
        "{}",
        std::hint::black_box(1u8) << std::hint::black_box(7i64)
    );
    println!("{}", std::hint::black_box(i32::MIN) >> 31);
    println!("{}", std::hint::black_box(i32::MIN as u32) >> 31);
    let mut x: u16 = std::hint::black_box(1);
    x <<= 15;
    println!("{}", x);
    x >>= 15u8;
    println!("{}", x);
    let mut y: i8 = std::hint::black_box(-1);
    y <<= 7;
    println!("{}", y);
    y >>= 3;
    println!("{}", y);
    println!("{}", std::hint::black_box(usize::MAX) >> 60);
    println!("{}", std::hint::black_box(-5isize) >> 1);
}
