// A box made in a function and returned: its heap block outlives the frame that made it.
fn make(v: i32) -> Box<i32> {
    let b = Box::new(v * 2);
    b
}

fn main() {
    let first = make(10);
    let second = make(*first);
    println!("{} {}", first, second);
}
