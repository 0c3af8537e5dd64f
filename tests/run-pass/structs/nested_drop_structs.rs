// Drop structs nested in Drop structs, inline and boxed, dropped through a Box.
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

struct Inner {
    d: Box<D>,
    tag: &'static str,
}
impl Drop for Inner {
    fn drop(&mut self) {
        println!("drop Inner {} ({})", self.tag, self.d.0);
    }
}
struct Mid {
    first: Inner,
    plain: D,
    second: Box<Inner>,
}
impl Drop for Mid {
    fn drop(&mut self) {
        println!("drop Mid");
    }
}
struct Top {
    mid: Mid,
    last: D,
}
fn main() {
    let t = Top {
        last: mk("last"),
        mid: Mid {
            second: Box::new(Inner {
                tag: "second",
                d: Box::new(mk("sd")),
            }),
            plain: mk("plain"),
            first: Inner {
                tag: "first",
                d: Box::new(mk("fd")),
            },
        },
    };
    println!("built");
    let b = Box::new(t);
    drop(b);
    println!("end");
}
