// if/else as a statement, as an expression, in else-if chains and nested.
fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n < 10 {
        "small"
    } else {
        "large"
    }
}

fn abs(n: i64) -> i64 {
    if n < 0 { -n } else { n }
}

fn main() {
    println!("{} {} {} {}", classify(-5), classify(0), classify(7), classify(99));
    println!("{} {}", abs(-42), abs(42));
    let x = 5;
    let y = if x > 3 { if x > 4 { 'A' } else { 'B' } } else { 'C' };
    println!("y = {y}");
    if x == 5 {
        println!("statement if taken");
    }
    if x != 5 {
        println!("not printed");
    } else {
        println!("else taken");
    }
    let sum = 1 + if x % 2 == 1 { 100 } else { 200 };
    println!("sum = {sum}");
}
