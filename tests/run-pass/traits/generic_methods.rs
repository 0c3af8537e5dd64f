// Generic methods (their own type parameters, inferred at each call) in generic and plain impls,
// and the prelude's generic Option/Result methods: ok_or, and, or, xor, zip, get_or_insert, unwrap_err.
#[derive(Debug)]
struct Stack<T> {
    items: [Option<T>; 4],
    len: usize,
}
impl<T: Copy + std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: [None; 4], len: 0 }
    }
    fn push(&mut self, v: T) -> bool {
        if self.len == 4 {
            return false;
        }
        self.items[self.len] = Some(v);
        self.len += 1;
        true
    }
    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        self.items[self.len].take()
    }
    fn pair_with<U: Copy>(&self, other: U) -> Option<(T, U)> {
        if self.len == 0 { None } else { self.items[self.len - 1].zip(Some(other)) }
    }
}
struct Meter;
impl Meter {
    fn convert<V: Into2>(v: V) -> i64 {
        v.to_i64() * 100
    }
}
trait Into2 {
    fn to_i64(&self) -> i64;
}
impl Into2 for Meter {
    fn to_i64(&self) -> i64 { 1 }
}
fn main() {
    let mut s: Stack<i32> = Stack::new();
    s.push(1);
    s.push(2);
    println!("{:?} {:?}", s.pair_with('x'), s.pair_with(2.5));
    println!("{:?} {:?} {:?}", s.pop(), s.pop(), s.pop());
    println!("{}", Meter::convert(Meter));
    let a: Option<i32> = Some(1);
    let none: Option<i32> = None;
    println!("{:?} {:?} {:?} {:?}", a.ok_or("none"), none.ok_or(5), a.and(Some('c')), a.xor(None));
    let r: Result<i32, &str> = Err("bad");
    let ok: Result<i32, i32> = Ok(3);
    println!("{:?} {:?} {}", r.or(ok), r.and(Ok('z')), r.unwrap_err());
    let mut slot: Option<i32> = None;
    *slot.get_or_insert(4) += 1;
    println!("{:?}", slot);
}
