// Output printed with print! before a panic is still written to stdout.
fn main() {
    println!("a full line");
    print!("a partial line");
    let zero = std::hint::black_box(0);
    let r = 1 / zero;
    println!("unreachable {r}");
}
