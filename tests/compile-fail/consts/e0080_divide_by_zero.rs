const ZERO: i32 = 0;
const X: i32 = 10 / ZERO; //~ ERROR E0080

fn main() {
    println!("{}", X);
}
