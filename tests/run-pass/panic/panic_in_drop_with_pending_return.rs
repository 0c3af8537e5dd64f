// A local's Drop panics after the return value was built: the return value drops during unwinding.
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
struct Bad(&'static str);
impl Drop for Bad {
    fn drop(&mut self) {
        println!("bad drop {}", self.0);
        panic!("panic in drop of {}", self.0);
    }
}

fn f() -> D {
    let _l = mk("local");
    let _b = Bad("b");
    mk("ret")
}
fn main() {
    let _m = mk("main");
    let r = f();
    println!("never {}", r.0);
}
