// unsupported: tuple
// A tuple value with field access (only the unit tuple () is supported).
fn main() {
    let pair = (1, 'a');
    println!("{} {}", pair.0, pair.1);
}
