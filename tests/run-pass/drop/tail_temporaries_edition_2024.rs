// Edition 2024: temporaries of function and block tails drop before the locals, at every nesting depth.
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

fn f1() -> usize {
    let _l = mk("f1 local");
    mk("f1 tail").0.len()
}
fn f2() -> usize {
    let _l = mk("f2 local");
    if len(&mk("f2 cond")) > 0 {
        len(&mk("f2 then"))
    } else {
        0
    }
}
fn f3(p: D) -> usize {
    let _l = mk("f3 local");
    len(&p) + len(&mk("f3 tail"))
}
fn f4() -> usize {
    let _a = mk("f4 a");
    {
        let _b = mk("f4 b");
        {
            let _c = mk("f4 c");
            len(&mk("f4 t"))
        }
    }
}
fn f5() -> D {
    let _l = mk("f5 local");
    let keep = mk("f5 keep");
    if len(&mk("f5 cond")) > 100 {
        mk("f5 other")
    } else {
        keep
    }
}
fn main() {
    println!("{}", f1());
    println!("{}", f2());
    println!("{}", f3(mk("f3 param")));
    println!("{}", f4());
    let d = f5();
    println!("got {}", d.0);
    let x = {
        let _a = mk("blk a");
        {
            let _b = mk("blk b");
            len(&mk("blk t"))
        }
    };
    println!("x {}", x);
}
