// return drops the live locals of every enclosing scope, innermost first;
// the returned value is moved out and not dropped.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn f(early: bool) -> D {
    let _a = D("a");
    {
        let _b = D("b");
        let r = D("r");
        if early {
            return r;
        }
        println!("not returning early");
    }
    D("late")
}

fn from_loop() -> i32 {
    let _outside = D("outside");
    let mut i = 0;
    loop {
        let _each = D("each");
        i += 1;
        if i == 2 {
            return i * 10;
        }
    }
}

fn main() {
    let x = f(true);
    println!("got {}", x.0);
    let y = f(false);
    println!("got {}", y.0);
    println!("from_loop = {}", from_loop());
}
