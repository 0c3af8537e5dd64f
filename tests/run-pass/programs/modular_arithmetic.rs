// Modular arithmetic toolkit on u64: fast exponentiation, modular inverse by extended Euclid,
// a deterministic Miller-Rabin for 32-bit numbers, and a 2x2 matrix power for Fibonacci mod m.
fn mul_mod(a: u64, b: u64, m: u64) -> u64 {
    a % m * (b % m) % m
}

fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1 % m;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = mul_mod(result, base, m);
        }
        base = mul_mod(base, base, m);
        exp >>= 1;
    }
    result
}

fn inverse(a: i64, m: i64) -> i64 {
    let mut old_r = a;
    let mut r = m;
    let mut old_s = 1;
    let mut s = 0;
    while r != 0 {
        let q = old_r / r;
        let tmp = old_r - q * r;
        old_r = r;
        r = tmp;
        let tmp = old_s - q * s;
        old_s = s;
        s = tmp;
    }
    assert_eq!(old_r, 1, "{} has no inverse mod {}", a, m);
    ((old_s % m) + m) % m
}

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    for p in 2..13 {
        if n % p == 0 {
            return n == p;
        }
    }
    let mut d = n - 1;
    let mut r = 0;
    while d % 2 == 0 {
        d /= 2;
        r += 1;
    }
    'witness: for a in 2..8u64 {
        let mut x = pow_mod(a, d, n);
        if x == 1 || x == n - 1 {
            continue;
        }
        for _ in 1..r {
            x = mul_mod(x, x, n);
            if x == n - 1 {
                continue 'witness;
            }
        }
        return false;
    }
    true
}

#[derive(Clone, Copy)]
struct M2 {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
}

impl M2 {
    fn mul(self, o: M2, m: u64) -> M2 {
        M2 {
            a: (mul_mod(self.a, o.a, m) + mul_mod(self.b, o.c, m)) % m,
            b: (mul_mod(self.a, o.b, m) + mul_mod(self.b, o.d, m)) % m,
            c: (mul_mod(self.c, o.a, m) + mul_mod(self.d, o.c, m)) % m,
            d: (mul_mod(self.c, o.b, m) + mul_mod(self.d, o.d, m)) % m,
        }
    }
}

fn fib_mod(n: u64, m: u64) -> u64 {
    let mut result = M2 { a: 1, b: 0, c: 0, d: 1 };
    let mut base = M2 { a: 1, b: 1, c: 1, d: 0 };
    let mut k = n;
    while k > 0 {
        if k % 2 == 1 {
            result = result.mul(base, m);
        }
        base = base.mul(base, m);
        k /= 2;
    }
    result.b
}

fn main() {
    println!("2^10 mod 1000 = {}", pow_mod(2, 10, 1000));
    println!("3^200 mod 1000000007 = {}", pow_mod(3, 200, 1_000_000_007));
    println!("inverse of 3 mod 11 = {}", inverse(3, 11));
    println!("inverse of 10 mod 17 = {}", inverse(10, 17));
    let mut count = 0;
    let mut last = 0;
    for n in 4_000_000_000u64..4_000_000_200 {
        if is_prime(n) {
            count += 1;
            last = n;
        }
    }
    println!("{count} primes in [4e9, 4e9+200), last {last}");
    println!("fib(10) mod 1000 = {}", fib_mod(10, 1000));
    println!("fib(10^15) mod 65521 = {}", fib_mod(1_000_000_000_000_000, 65521));
    println!("inverse of 4 mod 8 = {}", inverse(4, 8));
}
