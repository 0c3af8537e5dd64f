// A derived Clone, a Box and a user impl all satisfy `T: Clone`; `T::f()` finds an impl for a
// primitive type as well as for a struct.
trait New { fn new_val() -> Self; }
impl New for i32 { fn new_val() -> i32 { 11 } }
#[derive(Debug)]
struct P(u8);
impl New for P { fn new_val() -> P { P(5) } }
fn build<T: New>() -> T { T::new_val() }

#[derive(Clone, Debug)]
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
#[derive(Clone, Debug)]
struct N(i32);
fn dup<T: Clone>(x: &T) -> (T, T) { (x.clone(), x.clone()) }

fn main() {
    let a: i32 = build();
    let p: P = build();
    println!("{} {:?}", a, p);
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Leaf(2)));
    let (x, y) = dup(&t);
    println!("{:?}\n{:?}", x, y);
    println!("{:?}", dup(&N(7)));
    println!("{:?}", dup(&Box::new(3)));
    let s: &'static str = "hi";
    println!("{:?}", dup(&s));
}
