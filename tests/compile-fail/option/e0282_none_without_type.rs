// Nothing says what this Option would hold: E0282, as rustc.
fn main() {
    println!("{:?}", None); //~ ERROR E0282
}
