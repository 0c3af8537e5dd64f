fn main() {
    let x: u32 = 5;
    println!("{}", x.abs()); //~ ERROR E0599
}
