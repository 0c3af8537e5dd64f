// Negating i32::MIN panics: "attempt to negate with overflow".
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", negate(5));
    println!("{}", negate(i32::MAX));
    println!("{}", negate(i32::MIN));
}
