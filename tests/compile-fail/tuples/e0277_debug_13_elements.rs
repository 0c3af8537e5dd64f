fn main() {
    let t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    println!("{:?}", t); //~ ERROR E0277
}
