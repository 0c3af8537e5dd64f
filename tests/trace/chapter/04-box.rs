// The chapter's Box example: x points to a value on the heap.
fn main() {
    let x = Box::new(5);
    let y = 42;
}
