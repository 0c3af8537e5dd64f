// `c.set(c.get() + 1)`: arguments may read the receiver of a &mut self method.
struct C {
    n: i32,
}
impl C {
    fn get(&self) -> i32 {
        println!("get {}", self.n);
        self.n
    }
    fn set(&mut self, v: i32) {
        println!("set {}", v);
        self.n = v;
    }
    fn add(&mut self, a: i32, b: i32) -> i32 {
        self.n += a + b;
        self.n
    }
}
fn main() {
    let mut c = C { n: 1 };
    c.set(c.get() + 1);
    let r = c.add(c.get(), c.get() * 10);
    println!("{} {}", r, c.n);
    let mut b = Box::new(C { n: 5 });
    b.set(b.get() * 2);
    println!("{}", b.n);
    let m = &mut c;
    m.set(m.get() - 100);
    println!("{}", c.n);
}
