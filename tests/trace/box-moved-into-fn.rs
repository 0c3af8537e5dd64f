// A box moved into a function: the caller's variable no longer holds a value (??????), and the
// heap block is freed when the callee's parameter is dropped, before the callee returns.
fn consume(b: Box<i32>) -> i32 {
    let v = *b + 1;
    v
}

fn main() {
    let a = Box::new(41);
    let r = consume(a);
    println!("{}", r);
}
