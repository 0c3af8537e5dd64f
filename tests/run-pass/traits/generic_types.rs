// Generic structs and enums with generic impls: one instance per type, derived traits that hold
// when the type arguments have them, a recursive generic enum, and generic functions over them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}
impl<T: PartialOrd + Copy> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
    fn largest(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}
#[derive(Debug)]
enum Maybe<T> {
    Nothing,
    Just(T),
}
#[derive(Debug)]
enum List<T> {
    Cons(T, Box<List<T>>),
    Nil,
}
fn sum(l: &List<i32>) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}
fn first<T: Copy>(m: &Maybe<T>, default: T) -> T {
    match m {
        Maybe::Just(v) => *v,
        Maybe::Nothing => default,
    }
}
fn main() {
    let p = Pair::new(3, 9);
    let q = Pair { a: 2.5, b: -1.0 };
    println!("{} {} {:?} {:?}", p.largest(), q.largest(), p.swap(), q);
    let m = Maybe::Just('x');
    let n: Maybe<char> = Maybe::Nothing;
    println!("{:?} {:?} {} {}", m, n, first(&m, '?'), first(&n, '?'));
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{:?} {}", l, sum(&l));
    println!("{}", p == Pair::new(3, 9));
}
