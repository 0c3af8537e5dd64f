// A panic: the trace shows where it starts and each frame being unwound, its boxes freed.
fn inner(depth: i32) {
    let local = Box::new(depth);
    if depth == 2 {
        panic!("deep enough");
    }
    inner(depth + 1);
}

fn main() {
    let kept = Box::new(0);
    inner(1);
    println!("not reached {}", kept);
}
