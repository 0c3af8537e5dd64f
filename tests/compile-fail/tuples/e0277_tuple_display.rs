fn main() {
    let t = (1, 2);
    println!("{}", t); //~ ERROR E0277
}
