// Assignment through &mut, *r, **r and field places drops the old value after evaluating the new one.
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

fn replace(r: &mut D, s: &'static str) {
    *r = mk(s);
}
struct H {
    d: D,
}
fn main() {
    let mut a = mk("a1");
    replace(&mut a, "a2");
    println!("a = {}", a.0);
    let r = &mut a;
    *r = mk("a3");
    println!("a = {}", a.0);
    let mut b = Box::new(mk("b1"));
    *b = mk("b2");
    let rb = &mut b;
    **rb = mk("b3");
    *rb = Box::new(mk("b4"));
    println!("b = {}", b.0);
    let mut h = H { d: mk("h1") };
    let rh = &mut h;
    rh.d = mk("h2");
    replace(&mut h.d, "h3");
    println!("end");
}
