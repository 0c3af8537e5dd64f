// User Drop impls are calls: the trace shows drop() running on each value, in Rust's order.
struct Noisy {
    id: i32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn main() {
    let first = Noisy { id: 1 };
    let boxed = Box::new(Noisy { id: 2 });
    let moved = first;
    println!("{} {}", moved.id, boxed.id);
}
