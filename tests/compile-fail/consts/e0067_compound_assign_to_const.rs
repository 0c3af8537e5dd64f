const X: i32 = 5;
fn main() {
    X += 1; //~ ERROR E0067
    println!("{}", X);
}
