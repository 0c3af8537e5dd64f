// The prelude's Option enum with Some and unwrap.
fn main() {
    let o = Some(3);
    println!("{}", o.unwrap());
}
