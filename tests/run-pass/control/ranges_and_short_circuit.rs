// Inclusive ranges up to MAX, empty ranges, range bounds evaluated once, short-circuit side effects, `!`.
fn side(tag: &'static str, v: bool) -> bool {
    println!("eval {}", tag);
    v
}
fn bound(n: i32) -> i32 {
    println!("bound {}", n);
    n
}
fn never_returns() -> ! {
    panic!("never")
}
fn classify(n: i32) -> &'static str {
    if n < 0 {
        return "neg";
    }
    let kind = if n == 0 {
        "zero"
    } else if n % 2 == 0 {
        "even"
    } else {
        "odd"
    };
    kind
}
fn main() {
    for i in 250u8..=255 {
        print!("{} ", i);
    }
    println!();
    for i in i64::MAX - 2..=i64::MAX {
        print!("{} ", i);
    }
    println!();
    for i in 5..3 {
        println!("never {}", i);
    }
    for i in 3..=3 {
        println!("once {}", i);
    }
    for i in 4..=3 {
        println!("never {}", i);
    }
    for i in bound(0)..bound(2) {
        println!("i {}", i);
    }
    for mut i in 0..3 {
        i *= 10;
        print!("{} ", i);
    }
    println!();
    let mut n = 0;
    for _ in 0..n + 3 {
        n += 10;
    }
    println!("n {}", n);
    let r = side("x", true) && (side("y", false) || side("z", true)) && !side("w", false);
    println!("r {}", r);
    let x = if side("c", false) {
        1
    } else if side("d", false) {
        2
    } else {
        never_returns_or(5)
    };
    println!("x {}", x);
    println!("{} {} {}", classify(-3), classify(0), classify(7));
    let mut count = 0;
    let found = 'outer: loop {
        let mut j = 0;
        loop {
            j += 1;
            count += 1;
            if j == 3 {
                continue 'outer;
            }
            if count > 7 {
                break 'outer count * 100;
            }
        }
    };
    println!("found {}", found);
    let w = loop {
        break;
    };
    let mut k = 0;
    while {
        k += 1;
        k < 4
    } {
        print!("k{} ", k);
    }
    println!();
    if std::hint::black_box(false) {
        never_returns();
    }
    let _ = w;
    println!("done");
}
fn never_returns_or(n: i32) -> i32 {
    if n > 100 {
        never_returns()
    }
    n
}
