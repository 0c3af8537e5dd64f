// unsupported: `std::collections::HashMap`
// A collection of the standard library, imported by `use`.
use std::collections::HashMap;

fn count(_m: &HashMap<i32, i32>) -> usize {
    0
}

fn main() {
    println!("{}", 1);
}
