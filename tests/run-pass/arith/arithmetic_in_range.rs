// Arithmetic that stays in range never panics, right up to the edges.
fn add_u8(a: u8, b: u8) -> u8 {
    a + b
}

fn sub_i16(a: i16, b: i16) -> i16 {
    a - b
}

fn mul_u32(a: u32, b: u32) -> u32 {
    a * b
}

fn neg_i64(a: i64) -> i64 {
    -a
}

fn main() {
    println!("{}", add_u8(200, 55));
    println!("{}", sub_i16(-32767, 1));
    println!("{}", mul_u32(65535, 65537));
    println!("{}", neg_i64(-i64::MAX));
    println!("{}", neg_i64(0));
    let x: usize = 10;
    let y: usize = 10;
    println!("{}", x - y);
    let shift: u32 = 63;
    println!("{}", 1u64 << shift);
    println!("{}", i64::MIN >> shift);
    let h = std::hint::black_box(i32::MAX);
    println!("{}", h - 1 + 1);
}
