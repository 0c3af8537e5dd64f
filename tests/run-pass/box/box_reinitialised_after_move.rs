// After `let v = *b;` the box can be filled again with `*b = ...`.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn mk(s: &'static str) -> D {
    println!("make {}", s);
    D(s)
}

fn main() {
    let mut b = Box::new(mk("first"));
    let v = *b;
    println!("moved {}", v.0);
    *b = mk("second");
    println!("b now {}", b.0);
    let mut bb = Box::new(Box::new(mk("in bb")));
    *bb = Box::new(mk("replacement"));
    **bb = mk("replacement 2");
    println!("end");
}
