// Copies of nested Copy structs are independent, whether in locals, fields or boxes.
#[derive(Clone, Copy)]
struct In {
    v: i32,
}
#[derive(Clone, Copy)]
struct Out {
    a: In,
    b: In,
    n: u8,
}
struct Holder {
    o: Out,
    bo: Box<Out>,
}
impl Out {
    fn bump(mut self) -> Out {
        self.a.v += 100;
        self
    }
    fn touch(&mut self) {
        self.n += 1;
    }
}
fn modify(mut o: Out) -> i32 {
    o.a.v = -1;
    o.a.v
}
fn main() {
    let mut o = Out {
        a: In { v: 1 },
        b: In { v: 2 },
        n: 0,
    };
    let mut copy = o;
    copy.a.v = 50;
    copy.touch();
    println!("{} {} {} {}", o.a.v, copy.a.v, o.n, copy.n);
    let bumped = o.bump();
    println!("{} {}", o.a.v, bumped.a.v);
    println!("{} {}", modify(o), o.a.v);
    let mut h = Holder { o, bo: Box::new(o) };
    h.o.b.v = 22;
    h.bo.b.v = 33;
    o.b.v = 44;
    println!("{} {} {}", h.o.b.v, h.bo.b.v, o.b.v);
    let inner = h.o.a;
    h.o.a.v = 7;
    println!("{} {}", inner.v, h.o.a.v);
    let r = &mut h.o;
    let snapshot = *r;
    r.n = 99;
    println!("{} {}", snapshot.n, h.o.n);
    let from_box = *h.bo;
    h.bo.n = 200;
    println!("{} {}", from_box.n, h.bo.n);
    let mut arr_like = Out {
        a: h.o.b,
        b: h.bo.a,
        n: h.o.n,
    };
    arr_like.a = arr_like.b;
    arr_like.b.v += 1;
    println!("{} {}", arr_like.a.v, arr_like.b.v);
    let c2 = arr_like.clone();
    arr_like.n = 1;
    println!("{} {}", c2.n, arr_like.n);
}
