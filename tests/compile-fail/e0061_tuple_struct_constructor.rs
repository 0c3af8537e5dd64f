// A tuple struct's constructor takes one argument per field.
struct Pair(i32, i32);
fn main() {
    let p = Pair(1); //~ ERROR E0061
    println!("{}", p.0);
}
