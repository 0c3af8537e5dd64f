// while loops: counting, a false condition at the start, nested loops.
fn gcd(a: u64, b: u64) -> u64 {
    let mut a = a;
    let mut b = b;
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{i} ");
        i += 1;
    }
    println!();
    while false {
        println!("never");
    }
    let mut row = 1;
    while row <= 3 {
        let mut col = 1;
        while col <= row {
            print!("{} ", row * col);
            col += 1;
        }
        println!();
        row += 1;
    }
    println!("gcd = {}", gcd(1071, 462));
    let mut n: u32 = 27;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps for 27 = {steps}");
}
