// return from the middle of loops and nested blocks.
fn find_divisor(n: u32) -> u32 {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
    n
}

fn sign(x: i32) -> i32 {
    if x < 0 {
        return -1;
    }
    {
        if x == 0 {
            return 0;
        }
    }
    1
}

fn log_and_stop(stop: bool) {
    println!("before");
    if stop {
        return;
    }
    println!("after");
}

fn main() {
    println!("{} {} {}", find_divisor(91), find_divisor(97), find_divisor(64));
    println!("{} {} {}", sign(-9), sign(0), sign(9));
    log_and_stop(true);
    log_and_stop(false);
}
