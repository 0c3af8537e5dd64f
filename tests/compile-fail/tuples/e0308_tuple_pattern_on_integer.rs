fn main() {
    let (a, b) = 5; //~ ERROR E0308
    println!("{} {}", a, b);
}
