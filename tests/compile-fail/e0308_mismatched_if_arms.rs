// Both arms of an if/else expression must have the same type.
fn main() {
    let flag = false;
    let v = if flag { 1 } else { "one" }; //~ ERROR E0308
    println!("{v}");
}
