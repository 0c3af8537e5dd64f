// A method taking self by value drops it at its end unless it moves it on.
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

struct W {
    name: &'static str,
    inner: D,
}
impl Drop for W {
    fn drop(&mut self) {
        println!("drop W {}", self.name);
    }
}
impl W {
    fn finish(self) {
        println!("finish {}", self.name);
    }
    fn unwrap_name(self) -> &'static str {
        let n = self.name;
        println!("unwrapping");
        n
    }
}
fn main() {
    let w = W {
        name: "w1",
        inner: mk("i1"),
    };
    w.finish();
    println!("after finish");
    let n = W {
        name: "w2",
        inner: mk("i2"),
    }
    .unwrap_name();
    println!("n = {}", n);
    let b = Box::new(W {
        name: "w3",
        inner: mk("i3"),
    });
    b.finish();
    println!("end");
}
