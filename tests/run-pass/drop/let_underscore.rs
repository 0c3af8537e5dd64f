// `let _ = value` drops at once; `let _x = value` keeps it to the scope end;
// `let _ = place` does not move the place.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _ = D("underscore");
    println!("after let _");
    let _x = D("named _x");
    println!("after let _x");
    let k = D("k");
    let _ = k;
    println!("k still owned: {}", k.0);
    println!("end");
}
