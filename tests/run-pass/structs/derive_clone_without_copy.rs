// #[derive(Clone)] without Copy deep-copies: a Box field gets a heap block of its own.
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
