// Unreachable code after return, break, continue, panic! and an endless loop still compiles (rustc only warns).
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn after_return(x: u32) -> u32 {
    let _a = D("a");
    return x + 1;
    let _b = D("never b");
    println!("never");
    x * 100
}

fn after_loop() -> u32 {
    let mut i = 0;
    loop {
        i += 1;
        if i == 3 {
            return i;
        }
        continue;
        println!("never in loop");
    }
    println!("never after loop");
}

fn after_break() -> u32 {
    let mut total = 0;
    for i in 0..5 {
        let _d = D("iter");
        if i == 2 {
            break;
            total += 1000;
        }
        total += i;
    }
    total
}

fn diverge_in_let(flag: bool) -> u32 {
    let v: u32 = if flag { return 7 } else { 8 };
    let w: u32 = loop {
        break v;
        println!("never");
    };
    w + 1
}

fn endless(n: u32) -> u32 {
    let _guard = D("endless guard");
    let mut k = 0;
    loop {
        k += n;
        if k > 10 {
            panic!("k reached {}", k);
        }
    }
    let _x = D("never x");
    k
}

fn main() {
    println!("{}", after_return(1));
    println!("{}", after_loop());
    println!("{}", after_break());
    println!("{} {}", diverge_in_let(true), diverge_in_let(false));
    let _m = D("main");
    println!("{}", endless(4));
}
