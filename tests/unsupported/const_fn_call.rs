// unsupported: this kind of expression in a `const` item
// A constant computed by calling a `const fn`-like block.
const LIMIT: u32 = {
    let base = 10;
    base * 2
};

fn main() {
    println!("{}", LIMIT);
}
