// usize subtraction below zero panics.
fn distance(a: usize, b: usize) -> usize {
    a - b
}

fn main() {
    println!("{}", distance(10, 3));
    println!("{}", distance(3, 10));
}
