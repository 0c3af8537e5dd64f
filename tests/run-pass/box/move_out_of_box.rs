// `let v = *b;` moves the content out; the box is freed without dropping it,
// and v drops later as an ordinary local.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let b = Box::new(D("content"));
    let _after = D("declared after b");
    let v = *b;
    println!("moved out {}", v.0);
    let n = Box::new(41);
    let m = *n + 1;
    println!("m = {m}");
    {
        let inner = Box::new(D("inner content"));
        let taken = *inner;
        println!("took {}", taken.0);
    }
    println!("end");
}
