// The chapter's picture of a heap with holes: four boxes allocated, the middle two freed
// (when make() returns). Then a new box reuses a hole, at the hole's address.
fn make() -> Box<i32> {
    let a = Box::new(1);
    let b = Box::new(2);
    Box::new(42)
}

fn show() {}

fn reuse_a_hole() {
    let z = Box::new(7);
    show();
    println!("{}", z);
}

fn main() {
    let x = Box::new(5);
    let y = 42;
    let y = 42;
    let y = make();
    show();
    reuse_a_hole();
    println!("{} {}", x, y);
}
