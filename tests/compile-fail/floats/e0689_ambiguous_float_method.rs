fn main() {
    let x = 2.0;
    println!("{}", x.sqrt()); //~ ERROR E0689
}
