fn main() {
    let x = 1.0 + 1; //~ ERROR E0277
    println!("{}", x);
}
