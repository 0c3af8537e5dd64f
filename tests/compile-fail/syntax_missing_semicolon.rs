// Two statements without a semicolon between them.
fn main() {
    let a = 1 //~ ERROR
    let b = 2;
    println!("{a} {b}");
}
