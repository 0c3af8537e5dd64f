// unsupported: `#[derive(Clone)]` without `Copy`
// #[derive(Clone)] alone (no Copy) is accepted, but .clone() on it: rustc deep-copies (Box content too);
// jrustc says E0599 "no method named `clone`". (.clone() on a Copy struct, a Box or an integer works.)
#[derive(Clone)]
struct Holder {
    v: Box<i32>,
}

fn main() {
    let a = Holder { v: Box::new(1) };
    let mut b = a.clone();
    *b.v += 10;
    println!("{} {}", a.v, b.v);
}
