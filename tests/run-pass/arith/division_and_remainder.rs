// Integer division truncates toward zero; the remainder takes the dividend's sign.
fn show(a: i32, b: i32) {
    println!("{a} / {b} = {}, {a} % {b} = {}", a / b, a % b);
}

fn main() {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(0, 5);
    show(i32::MIN, 1);
    show(i32::MAX, -1);
    let u: u64 = 17;
    println!("{} {}", u / 5, u % 5);
    let byte: u8 = 255;
    println!("{} {}", byte / 16, byte % 16);
    let small: i8 = -128;
    println!("{} {}", small / 2, small % 3);
}
