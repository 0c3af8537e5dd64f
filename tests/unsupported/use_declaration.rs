// unsupported: use declaration
// A use declaration bringing a path into scope.
use std::hint::black_box;

fn main() {
    println!("{}", black_box(3));
}
