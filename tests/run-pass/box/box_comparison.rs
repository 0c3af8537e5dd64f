fn main() {
    let a = Box::new(5);
    let b = Box::new(7);
    println!("{} {}", a == b, a < b);
}
