fn main() {
    let u = ();
    println!("{:?}", u);
}
