// Values moved only on some paths through nested loops with labelled break and return.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn mk(s: &'static str) -> D {
    println!("make {}", s);
    D(s)
}

fn take(d: D) {
    println!("take {}", d.0);
}
fn run(n: i32) {
    let a = mk("a");
    let b = mk("b");
    'outer: for i in 0..3 {
        for j in 0..3 {
            if i == n && j == 1 {
                take(a);
                break 'outer;
            }
            if i == 2 && j == 2 && n == 5 {
                take(b);
                return;
            }
        }
    }
    println!("end run {}", n);
}
fn main() {
    run(0);
    run(1);
    run(5);
    run(9);
}
