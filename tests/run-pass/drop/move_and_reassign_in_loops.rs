// A variable moved and reassigned inside loops drops each value exactly once.
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
fn name(i: i32) -> &'static str {
    if i == 0 {
        "n0"
    } else if i == 1 {
        "n1"
    } else if i == 2 {
        "n2"
    } else {
        "n3"
    }
}
fn main() {
    let mut cur = mk("start");
    for i in 0..3 {
        take(cur);
        cur = mk(name(i));
    }
    println!("end {}", cur.0);
    let mut x = mk("x0");
    let mut i = 0;
    while i < 4 {
        if i % 2 == 0 {
            take(x);
            x = mk(name(i));
        } else {
            x = mk(name(i + 10 - 10));
        }
        i += 1;
    }
    println!("x end {}", x.0);
}
