// Naive recursive fib next to an iterative one.
fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    for n in 0..=15 {
        print!("{} ", fib(n));
    }
    println!();
    println!("fib(25) = {}", fib(25));
    println!("fib_iter(25) = {}", fib_iter(25));
    println!("fib_iter(92) = {}", fib_iter(92));
}
