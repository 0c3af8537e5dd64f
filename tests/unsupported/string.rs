// unsupported: String
// An owned, heap-allocated String.
fn main() {
    let mut s = String::from("hello");
    s.push_str(", world");
    println!("{s}");
}
