// During unwinding, values moved away are not dropped again, and a local
// moved on one path only is dropped according to its drop flag.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn take(d: D) {
    println!("took {}", d.0);
}

fn run(move_it: bool) {
    let a = D("a");
    let _b = D("b");
    if move_it {
        take(a);
    }
    let moved_box = Box::new(D("moved box content"));
    let content = *moved_box;
    println!("content = {}", content.0);
    panic!("run({}) failed", move_it);
}

fn main() {
    run(std::hint::black_box(true));
}
