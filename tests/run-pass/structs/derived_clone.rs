// derive(Clone) without Copy: field by field, boxes get new heap blocks, enums clone the active
// variant (also recursively through a Box), a user impl Clone is called for its fields, generic types.
#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug, Clone)]
struct Named {
    id: u32,
    at: Box<Point>,
    tags: (char, Box<i32>),
}
#[derive(Debug, Clone)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}
struct Noisy(i32);
impl Clone for Noisy {
    fn clone(&self) -> Self {
        println!("cloning noisy {}", self.0);
        Noisy(self.0 + 10)
    }
}
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop noisy {}", self.0);
    }
}
#[derive(Clone)]
struct Holder {
    n: Noisy,
    b: Box<Noisy>,
}
#[derive(Debug, Clone)]
struct Wrap<T> {
    inner: T,
}
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p.clone();
    println!("{:?} {:?} {}", p, q, p == q);
    let n = Named { id: 7, at: Box::new(Point { x: 3, y: 4 }), tags: ('a', Box::new(9)) };
    let mut m = n.clone();
    m.at.x = 30;
    *m.tags.1 = 90;
    println!("{:?}\n{:?}", n, m);
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    let l2 = l.clone();
    println!("{:?} {:?}", l, l2);
    let h = Holder { n: Noisy(1), b: Box::new(Noisy(2)) };
    let h2 = h.clone();
    println!("{} {} {} {}", h.n.0, h.b.0, h2.n.0, h2.b.0);
    let b = Box::new(5);
    let b2 = b.clone();
    println!("{} {}", b, b2);
    let w = Wrap { inner: Box::new(Point { x: 5, y: 6 }) };
    let r = &w;
    let w2 = r.clone();
    println!("{:?} {:?}", w, w2);
}
