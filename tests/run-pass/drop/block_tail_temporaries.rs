// Edition 2024: temporaries of a block's tail expression drop before the
// block's locals.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn tag(d: &D) -> i32 {
    println!("tag {}", d.0);
    7
}

fn f() -> i32 {
    let _l = D("local");
    tag(&D("tail"))
}

fn main() {
    println!("f() = {}", f());
    let v = {
        let _inner = D("block local");
        tag(&D("block tail"))
    };
    println!("v = {v}");
}
