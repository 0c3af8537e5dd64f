// Unusual places on the left of = and +=: *{ &mut x }, *if c { &mut a } else { &mut b }, *loop { break &mut a }.
struct S {
    x: i32,
    inner: Box<S2>,
}

struct S2 {
    y: i32,
}

impl S {
    fn inner_mut(&mut self) -> &mut S2 {
        &mut self.inner
    }
}

fn pick(flag: bool, a: &mut i32) -> &mut i32 {
    if flag { a } else { a }
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    *{ &mut a } = 10;
    *if b > 1 { &mut a } else { &mut b } += 5;
    *loop {
        break &mut b;
    } *= 7;
    println!("a {a} b {b}");
    let mut s = S { x: 0, inner: Box::new(S2 { y: 0 }) };
    s.inner_mut().y = 42;
    s.inner_mut().y += 1;
    (*s.inner).y *= 2;
    let bs = &mut s;
    (*bs).x = 9;
    (*(*bs).inner).y -= 6;
    println!("s.x {} s.inner.y {}", s.x, s.inner.y);
    let mut n = 3;
    *&mut n = 4;
    *&mut *&mut n += 1;
    println!("n {n}");
    {
        let r = &mut n;
        *{ r } += 100;
    }
    println!("n {n}");
    let mut c = 'a';
    *{
        let t = &mut c;
        t
    } = 'z';
    println!("c {c}");
}
