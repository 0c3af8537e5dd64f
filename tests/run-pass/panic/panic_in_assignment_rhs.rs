// A panicking right-hand side leaves the old value in place; it drops during unwinding.
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

fn boom(d: &D) -> D {
    if d.0.len() > 0 {
        panic!("rhs failed")
    } else {
        mk("no")
    }
}
fn main() {
    let mut x = mk("old");
    let guard = mk("guard");
    x = boom(&guard);
    println!("never {}", x.0);
}
