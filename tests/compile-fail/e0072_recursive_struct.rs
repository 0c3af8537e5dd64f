// A struct that contains itself directly has infinite size (it needs a Box).
struct Node { //~ ERROR E0072
    value: i32,
    next: Node,
}
fn main() {
    println!("start");
}
