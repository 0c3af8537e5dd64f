// Discriminants computed from constants: as casts and derived ordering follow them.
const BASE: isize = 100;
#[derive(Debug, PartialEq, PartialOrd)]
enum E {
    A = BASE,
    B = BASE - 50,
    C,
}
fn main() {
    println!("{} {} {} {}", E::A as i32, E::B as i32, E::C as i32, E::A < E::B);
}
