// A Box<u8> is not a u8: the box must be dereferenced explicitly.
fn take(n: u8) -> u8 {
    n
}
fn main() {
    let b = Box::new(5u8);
    println!("{}", take(b)); //~ ERROR E0308
}
