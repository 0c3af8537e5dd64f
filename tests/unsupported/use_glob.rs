// unsupported: glob imports
// A glob import of a module of the standard library.
use std::mem::*;

fn main() {
    let mut a = 1;
    let mut b = 2;
    swap(&mut a, &mut b);
    println!("{} {}", a, b);
}
