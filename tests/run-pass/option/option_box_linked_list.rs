// Structs that hold instances of generic types (Option<Box<Node>> in a plain struct): a linked
// list built by pushing at the head, summed recursively and walked with while let.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}
struct U<A>(Option<A>);
fn sum(list: &Option<Box<Node>>) -> i32 {
    match list {
        Some(node) => node.value + sum(&node.next),
        None => 0,
    }
}
fn main() {
    let mut head: Option<Box<Node>> = None;
    for i in 1..=4 {
        head = Some(Box::new(Node { value: i, next: head }));
    }
    println!("{}", sum(&head));
    let mut cur = &head;
    while let Some(node) = cur {
        print!("{} ", node.value);
        cur = &node.next;
    }
    println!();
    let u = U(Some(3u8));
    println!("{:?} {}", u.0, head.is_some());
}
