// Number theory without arrays: gcd, lcm, collatz, primes by trial division, fibonacci.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn fib_pair(n: u32) -> u64 {
    let mut a = 0u64;
    let mut b = 1u64;
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    println!("gcd(1071, 462) = {}", gcd(1071, 462));
    println!("lcm(4, 6) = {}", lcm(4, 6));
    let mut l = 1u64;
    for k in 1..=20 {
        l = lcm(l, k);
    }
    println!("lcm(1..=20) = {l}");
    let mut best = 0;
    let mut best_n = 0;
    for n in 1..3000u64 {
        let c = collatz_len(n);
        if c > best {
            best = c;
            best_n = n;
        }
    }
    println!("longest collatz below 3000: {best_n} with {best} steps");
    let mut count = 0;
    let mut last = 0;
    for n in 0..2000 {
        if is_prime(n) {
            count += 1;
            last = n;
        }
    }
    println!("{count} primes below 2000, largest {last}");
    print!("fib:");
    for i in 0..=93 {
        if i % 10 == 3 {
            print!(" {}", fib_pair(i));
        }
    }
    println!();
    println!("fib(93) = {}", fib_pair(93));
    println!("fib(94) overflows next");
    println!("{}", fib_pair(94));
}
