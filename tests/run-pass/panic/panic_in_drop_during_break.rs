// A Drop that panics while `break` leaves nested scopes: the remaining locals are dropped by unwinding.
struct D {
    name: &'static str,
    bad: bool,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.name);
        if self.bad {
            panic!("drop of {} failed", self.name);
        }
    }
}

fn run() -> u32 {
    let _f = D { name: "fn-local", bad: false };
    let mut i = 0;
    let r = loop {
        let _l = D { name: "loop-body", bad: false };
        {
            let _a = D { name: "a", bad: false };
            let _b = D { name: "b", bad: i == 2 };
            let _c = D { name: "c", bad: false };
            if i == 2 {
                break i * 10;
            }
        }
        i += 1;
    };
    println!("never reached {}", r);
    r
}

fn main() {
    let _m = D { name: "main", bad: false };
    let v = run();
    println!("never {}", v);
}
