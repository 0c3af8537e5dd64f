// Shifting right by 64 or more panics: "attempt to shift right with overflow".
fn shr(x: i64, by: u32) -> i64 {
    x >> by
}

fn main() {
    println!("{}", shr(-256, 4));
    println!("{}", shr(i64::MIN, 63));
    println!("{}", shr(1, 64));
}
