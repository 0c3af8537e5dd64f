// unsupported: format width
// A width/fill/alignment specification in a format string.
fn main() {
    let n = 42;
    println!("[{:>6}] [{:04}]", n, n);
}
