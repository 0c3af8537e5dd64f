// 100,000 nested calls of a small function.
fn sum_to(n: u64) -> u64 {
    if n == 0 {
        0
    } else {
        n + sum_to(n - 1)
    }
}

fn depth(n: u32, acc: u32) -> u32 {
    if n == 0 { acc } else { depth(n - 1, acc + 1) }
}

fn main() {
    println!("{}", sum_to(10));
    println!("{}", sum_to(100_000));
    println!("{}", depth(100_000, 0));
}
