// A Drop that panics while a box's content is dropped at a normal scope exit (not during unwinding).
struct Bomb {
    armed: bool,
    name: &'static str,
}

impl Drop for Bomb {
    fn drop(&mut self) {
        println!("drop {}", self.name);
        if self.armed {
            panic!("{} exploded", self.name);
        }
    }
}

struct Holder {
    first: Bomb,
    second: Box<Bomb>,
}

fn main() {
    let _outer = Bomb { armed: false, name: "outer" };
    {
        let _safe = Box::new(Bomb { armed: false, name: "safe" });
        let _h = Holder {
            first: Bomb { armed: false, name: "first" },
            second: Box::new(Bomb { armed: true, name: "second" }),
        };
        let _after = Bomb { armed: false, name: "after" };
        println!("leaving scope");
    }
    println!("never printed");
}
