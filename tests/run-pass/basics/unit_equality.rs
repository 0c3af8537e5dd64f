fn main() {
    let w = ();
    println!("{}", w == ());
}
