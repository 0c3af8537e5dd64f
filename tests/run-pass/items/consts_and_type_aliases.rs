// `const` items (computed at compile time, also inside a function, usable as array lengths) and
// type aliases.
const MAX_POINTS: u32 = 100_000;
const HALF: u32 = MAX_POINTS / 2;
const SIZE: usize = 4;
const GREETING: &str = "hello";
const NEG: i8 = -128;
const FLAGS: u8 = 0b1010 | 0b0101;
const SHIFTED: u64 = 1 << 40;
const IS_BIG: bool = HALF > 1000 && !false;
const LETTER: char = 'q';
const CODE: u32 = LETTER as u32 + 1;
const WRAP: u8 = 300u32 as u8;
const LIMIT: i64 = i64::MAX - 1;

type Grid = [[u8; SIZE]; 2];
type Meters = u32;

fn area(g: &Grid) -> usize {
    g.len() * g[0].len()
}

fn main() {
    const LOCAL: i32 = 7 * 6;
    let g: Grid = [[0; SIZE]; 2];
    let d: Meters = HALF + 1;
    let buf = [1u16; SIZE];
    println!("{} {} {} {} {}", MAX_POINTS, HALF, GREETING, NEG, FLAGS);
    println!("{} {} {} {} {}", SHIFTED, IS_BIG, LETTER, CODE, WRAP);
    println!("{} {} {} {:?} {}", LIMIT, LOCAL, area(&g), buf, d);
    let r = &MAX_POINTS;
    println!("{} {}", *r + 1, GREETING.len());
}
