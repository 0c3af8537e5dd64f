// unsupported: array
// A fixed-size array with indexing.
fn main() {
    let a = [10, 20, 30];
    let i = 1;
    println!("{}", a[i]);
}
