// unsupported: Vec
// A growable vector built with vec! and push.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    println!("{}", v.len());
}
