fn main() {
    let t: (i32, bool) = (1, 2); //~ ERROR E0308
    println!("{:?}", t);
}
