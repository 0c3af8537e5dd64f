// A use declaration bringing std::hint::black_box into scope.
use std::hint::black_box;

fn main() {
    println!("{}", black_box(3));
}
