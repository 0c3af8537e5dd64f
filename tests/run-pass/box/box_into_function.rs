// A box moved into a function is dropped when that function returns.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(b: Box<D>) {
    println!("consume got {}", b.0);
}

fn sum_and_drop(b: Box<i32>) -> i32 {
    *b + 1
}

fn main() {
    let b = Box::new(D("boxed"));
    let _witness = D("witness");
    consume(b);
    println!("after consume");
    let n = Box::new(9);
    println!("sum_and_drop = {}", sum_and_drop(n));
    consume(Box::new(D("temporary box")));
    println!("end");
}
