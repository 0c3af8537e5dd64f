// `as` between integer widths, signedness, bool and char, at the edges.
fn main() {
    let vals: i64 = std::hint::black_box(-1);
    println!(
        "{} {} {} {} {}",
        vals as u8, vals as u16, vals as u32, vals as u64, vals as usize
    );
    println!(
        "{} {} {} {} {}",
        vals as i8, vals as i16, vals as i32, vals as i64, vals as isize
    );
    let big = std::hint::black_box(0x1234_5678_9ABC_DEF0u64);
    println!("{} {} {} {}", big as u8, big as u16, big as u32, big as u64);
    println!("{} {} {} {}", big as i8, big as i16, big as i32, big as i64);
    let h = std::hint::black_box(0x8000_0000u32);
    println!("{} {} {} {}", h as i32, h as i64, h as u64, h as i16);
    let s = std::hint::black_box(-32768i16);
    println!("{} {} {} {}", s as u16, s as u32, s as i8, s as u64);
    let b = std::hint::black_box(0x80u8);
    println!("{} {} {} {}", b as i8, b as i16, b as u64, b as i64);
    let c = std::hint::black_box('\u{10FFFF}');
    println!(
        "{} {} {} {} {}",
        c as u32, c as u16, c as u8, c as i8, c as i64
    );
    println!("{} {}", 'ÿ' as u8 as char, ('a' as u8 + 2) as char);
    println!("{}", std::hint::black_box(255u8) as char as u32);
    println!("{} {}", true as i8, false as u64);
    println!(
        "{}",
        std::hint::black_box(true) as u8 + std::hint::black_box(true) as u8
    );
    let neg = std::hint::black_box(-1i8);
    println!("{} {}", neg as u8 as i32, neg as i32 as u32);
    println!("{}", std::hint::black_box(u64::MAX) as i8);
    println!("{}", std::hint::black_box(i64::MIN) as u64);
    println!("{}", std::hint::black_box(usize::MAX) as i32);
    println!("{}", std::hint::black_box(isize::MIN) as usize);
}
