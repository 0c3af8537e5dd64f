// u64 addition past u64::MAX panics.
fn total(a: u64, b: u64) -> u64 {
    a + b
}

fn main() {
    let near = u64::MAX - 1;
    println!("{}", total(near, 1));
    println!("{}", total(near, 2));
}
