fn main() {
    assert_eq!(Box::new(1), Box::new(1));
    println!("ok");
}
