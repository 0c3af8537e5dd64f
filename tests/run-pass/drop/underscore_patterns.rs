// `let _: T = value` drops at once, `let _ = temporary.field` drops the temporary at the end of
// the statement, and `_` parameters still own their argument until the callee returns.
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

fn takes_underscore(_: D, x: D, _: D) {
    println!("in fn {}", x.0);
}
fn main() {
    let _: D = mk("typed underscore");
    println!("after typed");
    let _ = mk("field").0;
    println!("after field");
    takes_underscore(mk("p1"), mk("p2"), mk("p3"));
    println!("end");
}
