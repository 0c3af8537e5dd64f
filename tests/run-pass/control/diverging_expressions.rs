// Functions returning !, diverging expressions in if arms, let with return/break/continue/panic as values.
fn fail(msg: &'static str) -> ! {
    panic!("fatal: {}", msg)
}

fn forever_until(n: u32) -> u32 {
    let mut i = 0;
    loop {
        i += 1;
        if i == n {
            return i * 2;
        }
    }
}

fn checked_div(a: u32, b: u32) -> u32 {
    let q = if b != 0 { a / b } else { fail("division by zero") };
    q
}

fn first_even(limit: u32) -> u32 {
    let mut k = 0;
    while k < limit {
        let v: u32 = if k % 2 == 1 { k += 1; continue } else { k };
        if v > 0 {
            return v;
        }
        k += 1;
    }
    let r: u32 = return 1000;
}

struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    println!("{}", forever_until(5));
    println!("{}", checked_div(10, 3));
    println!("{}", first_even(10));
    println!("{}", first_even(1));
    let x = loop {
        let _d = D(1);
        let y: u32 = if true { break 42 } else { 0 };
        println!("never {}", y);
    };
    println!("x = {x}");
    let _keep = D(2);
    let z = 3 + checked_div(9, 0);
    println!("never {}", z);
}
