fn main() {
    let r = &*Box::new(5);
    println!("{}", r);
}
