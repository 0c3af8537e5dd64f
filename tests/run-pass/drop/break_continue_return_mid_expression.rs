// break, continue and return in the middle of an expression drop the temporaries and arguments evaluated so far.
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

fn two(_a: D, _b: D) -> usize {
    println!("two");
    2
}
fn early(flag: bool) -> usize {
    let _l = mk("local");
    let n = len(&mk("temp")) + two(mk("arg a"), if flag { return 99 } else { mk("arg b") });
    println!("n {}", n);
    n
}
fn main() {
    let mut i = 0;
    loop {
        i += 1;
        let _body = mk("body");
        let v = len(&mk("t1"))
            + {
                if i == 2 {
                    break;
                }
                1
            }
            + len(&mk("t2"));
        println!("v {}", v);
        let w = two(
            mk("w a"),
            if i == 1 {
                continue;
            } else {
                mk("w b")
            },
        );
        println!("w {}", w);
    }
    println!("{}", early(true));
    println!("{}", early(false));
}
