// Integer literals in every base and with separators, including the MIN values written as negative literals.
fn bases() {
    let a = -0x8000_0000_0000_0000i64;
    let b: i8 = -0x80;
    let c = 0xFFu8;
    let d = 0b1111_1111_1111_1111u16;
    let e = 0o7777_7777_7777u64;
    let f: u32 = 0xDEAD_BEEF;
    let g = 1__000i32;
    let h = 0x_1_F;
    let i = 123_456_789_012_345_678u64;
    let j: usize = 0b1 << 63;
    let k = 9_223_372_036_854_775_807i64;
    let l = 0xffi16;
    let m: i16 = -32_768;
    println!("{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k} {l} {m}");
    println!("{}", 0xAi32 + 0xB - 0b1 * 0o7);
}

fn main() {
    bases();
    let a: i64 = -9223372036854775808;
    let b = -9_223_372_036_854_775_808i64;
    let c: i8 = -128;
    let d = -0x80i8;
    let e: i32 = -2147483648;
    let f = 0xffff_ffff_ffff_ffffu64;
    let g: u64 = 18446744073709551615;
    let h = 0b1000_0000u8;
    let i = 0o377u8;
    let j: i16 = -0b1000_0000_0000_0000;
    println!("{a} {b} {c} {d} {e} {f} {g} {h} {i} {j}");
    println!("{}", a == i64::MIN);
    println!("{}", -128i8 == i8::MIN);
    let k = 1_2_3;
    println!("{k}");
    let l = 0usize;
    println!("{l}");
}
