// Functions that call each other, declared in any order.
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn main() {
    println!("{} {} {}", is_even(10), is_odd(7), is_even(1001));
    println!("ackermann(2, 3) = {}", ackermann(2, 3));
    println!("ackermann(3, 3) = {}", ackermann(3, 3));
}
