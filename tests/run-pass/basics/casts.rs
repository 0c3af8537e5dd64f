// `as` between integer types (truncation, sign extension), bool and char.
fn main() {
    let big: i32 = 300;
    println!("300 as u8 = {}", big as u8);
    println!("300 as i8 = {}", big as i8);
    let neg: i32 = -1;
    println!("-1 as u8 = {}", neg as u8);
    println!("-1 as u32 = {}", neg as u32);
    println!("-1 as u64 = {}", neg as u64);
    println!("-1 as usize = {}", neg as usize);
    let byte: u8 = 255;
    println!("255u8 as i8 = {}", byte as i8);
    println!("255u8 as i32 = {}", byte as i32);
    let small: i8 = -100;
    println!("-100i8 as i64 = {}", small as i64);
    println!("-100i8 as u16 = {}", small as u16);
    let wide = u64::MAX;
    println!("u64::MAX as i64 = {}", wide as i64);
    println!("u64::MAX as u32 = {}", wide as u32);
    println!("i64::MIN as i32 = {}", i64::MIN as i32);

    println!("true as i32 = {}, false as u8 = {}", true as i32, false as u8);
    println!("'A' as u8 = {}", 'A' as u8);
    println!("'é' as u32 = {}", 'é' as u32);
    println!("'🦀' as u32 = {}", '🦀' as u32);
    println!("'🦀' as u8 = {}", '🦀' as u8);
    println!("97u8 as char = {}", 97u8 as char);
    println!("233u8 as char = {:?}", 233u8 as char);
    let code: u8 = 10;
    println!("10u8 as char = {:?}", code as char);
    let t = true;
    println!("true as u64 + 1 = {}", t as u64 + 1);
}
