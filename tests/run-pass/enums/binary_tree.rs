// Binary search tree `enum Tree { Leaf, Node(Box<Tree>, i32, Box<Tree>) }`: insert by value, in-order walk, depth.
#[derive(Debug)]
enum Tree {
    Leaf,
    Node(Box<Tree>, i32, Box<Tree>),
}

fn insert(t: Tree, v: i32) -> Tree {
    match t {
        Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
        Tree::Node(l, x, r) => {
            if v < x {
                Tree::Node(Box::new(insert(*l, v)), x, r)
            } else if v > x {
                Tree::Node(l, x, Box::new(insert(*r, v)))
            } else {
                Tree::Node(l, x, r)
            }
        }
    }
}

fn in_order(t: &Tree) {
    if let Tree::Node(l, x, r) = t {
        in_order(l);
        print!("{} ", x);
        in_order(r);
    }
}

fn depth(t: &Tree) -> i32 {
    match t {
        Tree::Leaf => 0,
        Tree::Node(l, _, r) => {
            let a = depth(l);
            let b = depth(r);
            1 + if a > b { a } else { b }
        }
    }
}

fn contains(t: &Tree, v: i32) -> bool {
    match t {
        Tree::Leaf => false,
        Tree::Node(_, x, _) if *x == v => true,
        Tree::Node(l, x, _) if v < *x => contains(l, v),
        Tree::Node(_, _, r) => contains(r, v),
    }
}

fn main() {
    let values = [50, 30, 70, 20, 40, 60, 80, 30, 65];
    let mut t = Tree::Leaf;
    for i in 0..values.len() {
        t = insert(t, values[i]);
    }
    in_order(&t);
    println!();
    println!("depth {}", depth(&t));
    println!("{} {} {}", contains(&t, 65), contains(&t, 10), contains(&t, 80));
    let small = insert(insert(Tree::Leaf, 2), 1);
    println!("{:?}", small);
}
