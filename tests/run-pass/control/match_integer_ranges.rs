// A match on an integer with a range pattern and a wildcard.
fn describe(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "digit",
        _ => "big",
    }
}

fn main() {
    println!("{} {} {}", describe(0), describe(5), describe(50));
}
