// unsupported: returning a reference to a temporary value
fn five() -> &'static i32 {
    &5
}
fn main() {
    let r = five();
    println!("{}", r);
}
