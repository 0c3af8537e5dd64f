// Shifting by the bit width or more panics: "attempt to shift left with overflow".
fn shl(x: u32, by: u32) -> u32 {
    x << by
}

fn main() {
    println!("{}", shl(1, 31));
    println!("{}", shl(u32::MAX, 4));
    println!("{}", shl(1, 32));
}
