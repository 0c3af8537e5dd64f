// clone() whose result is returned directly (the return place may not be in memory).
fn dup(x: &Box<i32>) -> Box<i32> {
    x.clone()
}
#[derive(Clone, Debug)]
struct W(Box<u8>);
fn w(x: &W) -> W {
    x.clone()
}
fn main() {
    let b = Box::new(4);
    println!("{} {:?}", dup(&b), w(&W(Box::new(2))));
}
