fn main() {
    let x = 5;
    println!("{}", x.pow(2)); //~ ERROR E0689
}
