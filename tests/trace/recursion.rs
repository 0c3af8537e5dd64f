// Recursion: one frame per call, each with its own n, popped in reverse order.
fn factorial(n: u32) -> u32 {
    if n <= 1 {
        return 1;
    }
    let rest = factorial(n - 1);
    n * rest
}

fn main() {
    let f = factorial(3);
    println!("{}", f);
}
