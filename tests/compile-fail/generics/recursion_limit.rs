// Each instance calls an instance with a longer type: monomorphisation would never end.
fn nest<T: Copy>(x: T, n: u32) -> u32 {
    if n == 0 { 0 } else { nest(&x, n - 1) + 1 } //~ ERROR
}
fn main() {
    println!("{}", nest(1, 3));
}
