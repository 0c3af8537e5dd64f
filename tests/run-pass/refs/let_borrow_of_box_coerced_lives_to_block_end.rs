fn main() {
    let r: &i32 = &Box::new(5);
    let s = Box::new(7);
    println!("{} {}", r, s);
}
