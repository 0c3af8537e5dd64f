fn main() {
    let x: f64 = 1; //~ ERROR E0308
    println!("{}", x);
}
