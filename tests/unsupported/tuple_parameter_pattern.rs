// unsupported: tuple patterns in parameters
// A function parameter destructured by a tuple pattern.
fn add((a, b): (i32, i32)) -> i32 {
    a + b
}

fn main() {
    println!("{}", add((1, 2)));
}
