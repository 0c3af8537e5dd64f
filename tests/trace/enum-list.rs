// A recursive enum through Box: each list node is a tag cell (0 for Cons, 1 for Nil) and room for
// the Cons payload. A Nil node's payload cells hold no value, so the trace shows them as ??????.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(list: &List) -> i32 {
    match list {
        List::Cons(value, rest) => value + sum(rest),
        List::Nil => 0,
    }
}

fn main() {
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    let total = sum(&list);
    println!("{}", total);
}
