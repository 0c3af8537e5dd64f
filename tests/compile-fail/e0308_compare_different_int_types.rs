// == needs both sides of the same integer type: u8 against u16.
fn main() {
    let a: u8 = 3;
    let b: u16 = 3;
    if a == b { //~ ERROR E0308
        println!("same");
    }
}
