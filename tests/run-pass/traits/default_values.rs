// Default: derived for structs (numbers zero, false, the nul char, None, boxes of defaults), a user impl
// called for a field, Default::default() from the expected type, T::default() through a bound,
// std::mem::take, and Option::unwrap_or_default.
#[derive(Debug, Default)]
struct Config {
    width: u32,
    height: u32,
    ratio: f64,
    verbose: bool,
    initial: char,
    pair: (i8, bool),
    grid: [u8; 3],
    cache: Option<Box<i32>>,
    boxed: Box<u16>,
}
#[derive(Debug)]
struct Level(i32);
impl Default for Level {
    fn default() -> Self {
        println!("making the default level");
        Level(7)
    }
}
#[derive(Debug, Default)]
struct Game {
    level: Level,
    score: u64,
}
fn reset<T: Default + std::fmt::Debug>(x: &mut T) -> T {
    std::mem::take(x)
}
fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let g: Game = Default::default();
    println!("{:?}", g);
    let mut n = 42;
    let old = std::mem::take(&mut n);
    println!("{} {}", old, n);
    let mut v = Some(3);
    println!("{:?} {:?}", reset(&mut v), v);
    let none: Option<i32> = None;
    println!("{} {}", Some(5).unwrap_or_default(), none.unwrap_or_default());
    let mut lvl = Level(1);
    let taken = std::mem::take(&mut lvl);
    println!("{:?} {:?}", taken, lvl);
    let z: (i32, f64) = Default::default();
    println!("{:?}", z);
}
