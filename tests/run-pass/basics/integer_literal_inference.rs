// Literals default to i32 unless context or a suffix says otherwise.
fn takes_u8(v: u8) -> u8 {
    v
}

fn takes_i64(v: i64) -> i64 {
    v
}

fn main() {
    let a = 5;
    let b = 5u8;
    let c = 300u16;
    let d: u64 = 18_000_000_000_000_000_000;
    let e = 0xff;
    let f = 0o17;
    let g = 0b1010_1010;
    let h = 1_000_000i64;
    println!("{a} {b} {c} {d} {e} {f} {g} {h}");

    let inferred = 250;
    println!("{}", takes_u8(inferred));
    let big = 4_000_000_000;
    println!("{}", takes_i64(big));

    let mut grows = 1;
    let wide: u64 = 1 << 40;
    grows = grows + 2;
    println!("{grows} {wide}");

    let sum = 2usize + 3;
    let neg = -128i8;
    println!("{sum} {neg}");
    let hex_big = 0xFFFF_FFFFu32;
    println!("{hex_big}");
}
