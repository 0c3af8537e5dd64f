fn main() {
    let a: [i32; 3] = [1, 2]; //~ ERROR E0308
    println!("{}", a.len());
}
