#[derive(PartialEq, PartialOrd, Debug)]
enum List { Cons(i32, Box<List>), Nil }
use List::{Cons, Nil};
#[derive(PartialEq, Debug)]
struct N(Option<Box<N>>);
#[derive(PartialEq, PartialOrd)]
struct Tree { v: i32, kids: (Option<Box<Tree>>, Option<Box<Tree>>) }
fn leaf(v: i32) -> Option<Box<Tree>> { Some(Box::new(Tree { v, kids: (None, None) })) }
fn main() {
    let a = Cons(1, Box::new(Cons(2, Box::new(Nil))));
    let b = Cons(1, Box::new(Cons(2, Box::new(Nil))));
    let c = Cons(1, Box::new(Cons(3, Box::new(Nil))));
    println!("{} {} {}", a == b, a == c, a != c);
    println!("{} {} {} {}", a < c, a <= b, c > a, Nil < a);
    println!("{}", N(None) == N(None));
    println!("{}", N(Some(Box::new(N(None)))) == N(None));
    let t1 = Tree { v: 1, kids: (leaf(2), leaf(3)) };
    let t2 = Tree { v: 1, kids: (leaf(2), leaf(4)) };
    println!("{} {} {}", t1 == t2, t1 < t2, t1 >= t2);
}
