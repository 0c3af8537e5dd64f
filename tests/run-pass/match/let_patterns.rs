// Patterns in let beyond names and tuples: struct, tuple-struct, reference, @ with a tuple, unit
// struct, one-variant enum, and let-else with continue, break-with-value and return.
struct U;
#[derive(Debug)]
enum One { Only(i32, i32) }
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn parse(s: i32) -> Result3 { if s > 0 { Result3::Ok(s) } else { Result3::Err(D(s)) } }
enum Result3 { Ok(i32), Err(D) }
fn check(n: i32) -> i32 {
    let Result3::Ok(v) = parse(n) else {
        println!("failed {}", n);
        return -1;
    };
    v * 2
}
fn main() {
    let U = U;
    let One::Only(a, b) = One::Only(1, 2);
    let t @ (c, _) = (3, D(4));
    println!("{} {} {} {}", a, b, c, t.0);
    println!("{} {}", check(5), check(-3));
    let mut total = 0;
    for i in 0..4 {
        let 0 = i % 2 else { continue; };
        total += i;
    }
    println!("{}", total);
    let x = loop {
        let 7 = total + 5 else { break 0; };
        break 1;
    };
    println!("{}", x);
}
