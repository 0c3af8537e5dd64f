// When two shortest decimals read back as the same float and are equally close to it, Rust
// prints the larger one: these values sit exactly halfway.
fn main() {
    let a: f64 = 1125899906842624.25;
    let b: f32 = 1048576.25;
    println!("{} {:?} {} {:?}", a, a, b, b);
    println!("{} {}", -a, -b);
    let c = (187.14187622070312f64 as f32) as f64;
    println!("{} {:?}", c, c);
    let mut x: f64 = 0.25;
    let mut i = 0;
    while i < 12 {
        x = x * 2.0 + 0.5;
        let y = x as f32;
        println!("{} {} {:?}", x, y, (y as f64) / 3.0);
        i += 1;
    }
}
