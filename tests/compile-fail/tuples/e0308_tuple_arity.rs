fn main() {
    let (a, b) = (1, 2, 3); //~ ERROR E0308
    println!("{} {}", a, b);
}
