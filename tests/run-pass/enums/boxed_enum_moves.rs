// Moving a field out of a boxed enum in a match (the rest drops with the box), ref mut bindings,
// reassignment dropping the old variant, and a tree built by consuming methods.
#[derive(Debug)]
enum Tree {
    Leaf,
    Node(Box<Tree>, i32, Box<Tree>),
}
impl Tree {
    fn new() -> Self { Tree::Leaf }
    fn insert(self, v: i32) -> Tree {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x { Tree::Node(Box::new(l.insert(v)), x, r) } else { Tree::Node(l, x, Box::new(r.insert(v))) }
            }
        }
    }
}
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
enum Two { A(D, D), B(D) }
fn pick(b: bool) -> Two { if b { Two::A(D("a1"), D("a2")) } else { Two::B(D("b")) } }
fn main() {
    let t = Tree::new().insert(2).insert(1).insert(3);
    println!("{:?}", t);
    let boxed = Box::new(pick(true));
    match *boxed {
        Two::A(x, _) => println!("got {}", x.0),
        Two::B(_) => println!("b"),
    }
    println!("after");
    let mut v = pick(false);
    if let Two::B(ref mut d) = v { d.0 = "changed"; }
    v = pick(true);
    println!("end");

}
