// C-like enums: explicit, negative and implicitly incremented discriminants, `as` casts, derived PartialEq/Copy.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Level {
    Low = -2,
    Mid,
    High = 10,
    Max,
    Top = 100,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
    Blue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    A = 65,
    B,
    Z = 90,
}

const START: Level = Level::Mid;

fn describe(c: Color) -> &'static str {
    match c {
        Color::Red => "warm",
        Color::Green | Color::Blue => "cool",
    }
}

fn main() {
    let levels = [Level::Low, Level::Mid, Level::High, Level::Max, Level::Top];
    for i in 0..5 {
        let l = levels[i];
        println!("{:?} = {} (as u8: {}, as i64: {})", l, l as i32, l as u8, l as i64);
    }
    println!("{:?} {}", START, START as i32);
    let colors = [Color::Red, Color::Green, Color::Blue];
    let mut total = 0;
    for i in 0..3 {
        let c = colors[i];
        total += c as i32;
        println!("{:?} -> {} ({})", c, c as usize, describe(c));
    }
    println!("total {}", total);
    let a = Color::Green;
    let b = a; // Copy: `a` is still usable
    println!("{} {} {}", a == b, a != Color::Red, b == Color::Blue);
    assert_eq!(a, Color::Green);
    assert!(Level::Max == Level::Max);
    assert!(Level::Max != Level::High);
    println!("{} {} {}", Code::A as u8, Code::B as u8 as char, Code::Z as u8 as char);
    println!("{:?} {:?}", Code::B, Code::Z == Code::Z);
    let x = Level::Low as i32 + Level::Top as i32;
    println!("sum {}", x);
    // a cast of a negative discriminant to unsigned wraps
    println!("{}", Level::Low as u8 as i32 + 1);
}
