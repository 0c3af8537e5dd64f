// Rust's operator precedence and associativity.
fn main() {
    println!("{}", 2 + 3 * 4);
    println!("{}", (2 + 3) * 4);
    println!("{}", 20 - 5 - 3);
    println!("{}", 100 / 10 / 5);
    println!("{}", 17 % 5 * 2);
    println!("{}", -2 * 3 + 1);
    println!("{}", 1 + 2 << 3);
    println!("{}", 1 << 2 + 3);
    println!("{}", 6 & 3 | 8);
    println!("{}", 6 | 3 & 8);
    println!("{}", 5 ^ 3 & 1);
    println!("{}", 1 + 2 == 3 && 4 < 5);
    println!("{}", true || false && false);
    println!("{}", !true || true);
    println!("{}", !0u8 >> 4);
    println!("{}", -(3 - 10) % 4);
    let x = 7;
    println!("{}", x * 2 - x / 2 + x % 3);
    println!("{}", (x as i64) << 33);
    println!("{}", 10 - 2 as i32 * 3);
}
