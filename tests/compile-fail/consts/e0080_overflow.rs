const A: u8 = 200;
const B: u8 = A + 100; //~ ERROR E0080

fn main() {
    println!("{}", B);
}
