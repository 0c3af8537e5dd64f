// Remainder by zero panics: "attempt to calculate the remainder with a divisor of zero".
fn rem(a: u8, b: u8) -> u8 {
    a % b
}

fn main() {
    println!("{}", rem(17, 5));
    println!("{}", rem(17, 0));
}
