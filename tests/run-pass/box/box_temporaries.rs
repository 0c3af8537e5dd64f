// Temporary boxes: deref coercion, method calls, moving out of a temporary box.
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
fn len(d: &D) -> usize {
    println!("len {}", d.0);
    d.0.len()
}

impl D {
    fn name(&self) -> &'static str {
        self.0
    }
}
fn make_box(s: &'static str) -> Box<D> {
    Box::new(mk(s))
}
fn main() {
    println!("{}", len(&Box::new(mk("boxed temp"))));
    println!("{}", make_box("fn box").name());
    let n = *Box::new(5) + 1;
    println!("n {}", n);
    let v = *Box::new(mk("moved from temp box"));
    println!("v {}", v.0);
    let inner = *Box::new(Box::new(mk("inner box")));
    println!("inner {}", inner.0);
    drop(*Box::new(mk("dropped")));
    println!("end");
}
