// Temporaries of an if / else-if condition drop before the chosen branch runs.
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
fn len(d: &D) -> usize {
    println!("len {}", d.0);
    d.0.len()
}

fn check(d: &D) -> bool {
    println!("check {}", d.0);
    d.0.len() > 2
}
fn main() {
    let _a = mk("a");
    if check(&mk("cond")) {
        println!("then");
        let _t = mk("in then");
    } else {
        println!("else");
    }
    if check(&mk("c2")) {
        println!("then2");
    } else {
        let _e = mk("in else");
        println!("else2");
    }
    for k in 0..3usize {
        if len(&mk("first")) == k {
            println!("branch 1");
        } else if len(&mk("second")) == k + 4 {
            println!("branch 2");
        } else {
            let _e = mk("else local");
            println!("branch 3");
        }
    }
    println!("end");
}
