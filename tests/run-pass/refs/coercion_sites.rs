// Deref coercions at call sites, typed lets and returns: &mut Box<T> to &mut T, &mut T to &T.
struct S {
    v: i32,
}
impl S {
    fn inc(&mut self) {
        self.v += 1;
    }
    fn get(&self) -> i32 {
        self.v
    }
}
fn set(x: &mut i32) {
    *x = 42;
}
fn read(x: &i32) -> i32 {
    *x
}
fn get_ref(b: &Box<i32>) -> &i32 {
    b
}
fn get_ref2(r: &&i32) -> i32 {
    let x: &i32 = r;
    *x
}
fn to_shared(m: &mut S) -> &S {
    m
}
fn inc_s(s: &mut S) {
    s.inc();
}
fn main() {
    let mut b = Box::new(1);
    set(&mut b);
    println!("{}", b);
    let r: &i32 = &b;
    println!("{}", r);
    println!("{}", get_ref(&b));
    let x = 7;
    let rx = &x;
    println!("{}", get_ref2(&rx));
    let mut s = Box::new(S { v: 0 });
    inc_s(&mut s);
    let ms = &mut s;
    ms.inc();
    inc_s(ms);
    println!("{}", to_shared(&mut s).get());
    let mut plain = S { v: 10 };
    let m = &mut plain;
    println!("{}", read(&m.v));
    let sh: &S = m;
    println!("{}", sh.get());
    let bb = Box::new(Box::new(5));
    let rbb: &i32 = &bb;
    println!("{}", rbb);
    let mut mb = Box::new(Box::new(0));
    set(&mut mb);
    println!("{}", mb);
}
