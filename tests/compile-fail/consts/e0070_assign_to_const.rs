const X: i32 = 5;
fn main() {
    X = 6; //~ ERROR E0070
    println!("{}", X);
}
