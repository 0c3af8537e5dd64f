// `use` of standard library items (functions, a module, a constant, a list, a rename), and
// std::cmp::max/min (max keeps the second of two equal values, min the first).
use std::cmp::{max, min};
use std::f64::consts::PI;
use std::mem;
use std::mem::swap as exchange;

fn main() {
    let mut a = 3;
    let mut b = 7;
    exchange(&mut a, &mut b);
    mem::swap(&mut a, &mut b);
    let old = mem::replace(&mut a, 10);
    println!("{} {} {}", a, b, old);
    println!("{} {} {} {}", max(a, b), min(a, b), std::cmp::max('x', 'b'), min(-1i64, 4));
    println!("{}", PI * 2.0);
}
