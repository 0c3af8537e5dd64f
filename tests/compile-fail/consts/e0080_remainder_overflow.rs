const X: i32 = i32::MIN % -1; //~ ERROR E0080
fn main() {
    println!("{}", X);
}
