// A match on an Option must handle None.
fn main() {
    let o = Some(3);
    match o { //~ ERROR E0004
        Some(x) => println!("{}", x),
    }
}
