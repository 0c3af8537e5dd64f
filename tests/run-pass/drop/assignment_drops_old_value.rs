// Assigning to an initialised place evaluates the new value, then drops the old one.
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

struct Holder {
    slot: D,
}

fn main() {
    let mut x = mk("old");
    x = mk("new");
    println!("x = {}", x.0);

    let mut h = Holder { slot: mk("slot1") };
    h.slot = mk("slot2");
    println!("h.slot = {}", h.slot.0);

    let mut b = Box::new(mk("boxed1"));
    *b = mk("boxed2");
    println!("b = {}", b.0);

    let y;
    y = mk("first assignment drops nothing");
    println!("end");
}
