fn main() {
    let x = 2.5f64;
    println!("{}", x & 1.0); //~ ERROR E0369
}
