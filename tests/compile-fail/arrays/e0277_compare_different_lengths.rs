fn main() {
    println!("{}", [1] == [1, 2]); //~ ERROR E0277
}
