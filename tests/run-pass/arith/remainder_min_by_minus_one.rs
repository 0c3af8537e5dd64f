// i64::MIN % -1 panics: "attempt to calculate the remainder with overflow".
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("{}", rem(i64::MIN, 7));
    println!("{}", rem(i64::MIN, -1));
}
