// &, |, ^, !, << and >> on signed and unsigned types; >> is arithmetic on
// signed values and logical on unsigned ones.
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b1010_0110;
    println!("{} {} {} {}", a & b, a | b, a ^ b, !a);
    println!("{} {}", a << 1, a >> 3);

    let s: i32 = -16;
    println!("{} {} {}", s >> 2, s << 2, !s);
    let u: u32 = 0x8000_0000;
    println!("{} {}", u >> 31, u >> 4);
    let n: i64 = i64::MIN;
    println!("{}", n >> 63);
    println!("{}", !0u64);
    println!("{}", !0i16);
    let shift: u32 = 7;
    println!("{}", 1u8 << shift);
    println!("{}", 1i32 << 31);
    println!("{}", -1i64 >> 10);
    let x: u16 = 0xABCD;
    println!("{} {}", x & 0xFF, (x >> 8) & 0xFF);
    println!("{}", true & false);
    println!("{}", true | false);
    println!("{}", true ^ true);
    println!("{}", !false);
    let shift_by_u8: u8 = 3;
    println!("{}", 100i64 >> shift_by_u8);
}
