// A fixed-depth tree built from Box<Node> fields (no Option): leaves are a separate struct.
struct Leaf {
    value: i32,
}

struct Inner {
    left: Box<Leaf>,
    right: Box<Leaf>,
    weight: i32,
}

struct Root {
    a: Box<Inner>,
    b: Box<Inner>,
    name: &'static str,
}

impl Drop for Leaf {
    fn drop(&mut self) {
        println!("drop leaf {}", self.value);
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        println!("drop inner w={}", self.weight);
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        println!("drop root {}", self.name);
    }
}

impl Inner {
    fn new(l: i32, r: i32, weight: i32) -> Box<Inner> {
        Box::new(Inner { left: Box::new(Leaf { value: l }), right: Box::new(Leaf { value: r }), weight })
    }
    fn sum(&self) -> i32 {
        (self.left.value + self.right.value) * self.weight
    }
    fn max_leaf(&self) -> &Leaf {
        if self.left.value >= self.right.value { &self.left } else { &self.right }
    }
}

impl Root {
    fn total(&self) -> i32 {
        self.a.sum() + self.b.sum()
    }
    fn deepest_max(&self) -> i32 {
        let x = self.a.max_leaf().value;
        let y = self.b.max_leaf().value;
        if x > y { x } else { y }
    }
    fn swap_leaves(&mut self) {
        let tmp = self.a.left.value;
        self.a.left.value = self.b.right.value;
        self.b.right.value = tmp;
    }
}

fn main() {
    let mut root = Root { a: Inner::new(1, 2, 10), b: Inner::new(30, 4, 2), name: "main" };
    println!("total {}", root.total());
    println!("max {}", root.deepest_max());
    root.swap_leaves();
    println!("after swap total {} max {}", root.total(), root.deepest_max());
    let r = &mut root;
    r.a.weight += 1;
    (*r.b).weight *= 3;
    println!("weights {} {}", root.a.weight, root.b.weight);
    let detached: Box<Inner> = Inner::new(100, 200, 0);
    root.b = detached;
    println!("replaced b; total {}", root.total());
    let spare = Box::new(Leaf { value: 7 });
    let moved_leaf = *spare;
    println!("moved leaf {}", moved_leaf.value);
    println!("end of main");
}
