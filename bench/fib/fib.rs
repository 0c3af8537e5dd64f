// Call-heavy workload: about 30 million calls of a tiny recursive function.
// n goes through black_box so that rustc cannot fold fib(35) into a constant.

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let n: u64 = std::hint::black_box(35);
    println!("fib({}) = {}", n, fib(n));
}
