// Unary minus is not defined for bool.
fn main() {
    let t = true;
    let f = -t; //~ ERROR E0600
    println!("{f}");
}
