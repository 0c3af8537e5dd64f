// A Drop struct with Box and Box<Box> fields; moving out of nested boxes.
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

struct S {
    a: Box<D>,
    b: D,
    c: Box<Box<D>>,
}
impl Drop for S {
    fn drop(&mut self) {
        println!("drop S {} {} {}", self.a.0, self.b.0, self.c.0);
    }
}
fn main() {
    let _s = S {
        c: Box::new(Box::new(mk("c"))),
        b: mk("b"),
        a: Box::new(mk("a")),
    };
    let bb = Box::new(Box::new(mk("bb")));
    let inner = *bb;
    println!("inner {}", inner.0);
    let bbb = Box::new(Box::new(mk("bbb")));
    let d = **bbb;
    println!("d {}", d.0);
    println!("end");
}
