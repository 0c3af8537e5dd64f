// Option and Result from the prelude: construction, matching, is_some/is_none/is_ok/is_err,
// unwrap, unwrap_or, take, ok, err, and expect panicking at the caller's location.
fn divide(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}
fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c.is_ascii_digit() { Ok(c as u32 - '0' as u32) } else { Err("not a digit") }
}
fn main() {
    let a = divide(10, 2);
    let b = divide(1, 0);
    println!("{:?} {:?} {} {}", a, b, a.is_some(), b.is_none());
    println!("{} {}", a.unwrap(), b.unwrap_or(-1));
    match divide(9, 3) {
        Some(x) if x > 2 => println!("big {}", x),
        Some(x) => println!("small {}", x),
        None => println!("none"),
    }
    if let Some(v) = divide(8, 4) {
        println!("v = {}", v);
    }
    let mut slot = Some(5);
    let taken = slot.take();
    println!("{:?} {:?}", slot, taken);
    let r = parse_digit('7');
    let e = parse_digit('x');
    println!("{:?} {:?} {} {}", r, e, r.is_ok(), e.is_err());
    println!("{:?} {:?}", r.ok(), e.err());
    println!("{}", parse_digit('3').unwrap() + 1);
    let o: Option<&str> = None;
    println!("{}", o.expect("no value here"));
}
