fn main() {
    let (a, a) = (1, 2); //~ ERROR E0416
    println!("{}", a);
}
