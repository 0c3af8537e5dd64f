// return inside nested blocks inside loops inside if arms, with pending drops at every level.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn search(limit: u32, stop_at: u32) -> u32 {
    let _f = D("fn");
    if limit > 0 {
        let _arm = D("arm");
        let mut i = 0;
        while i < limit {
            let _w = D("while");
            {
                let _blk = D("block");
                for k in 0..3 {
                    let _for = D("for");
                    if i * 3 + k == stop_at {
                        let _inner = D("inner");
                        return {
                            let _ret = D("ret-block");
                            i * 10 + k
                        };
                    }
                }
            }
            i += 1;
        }
        println!("  not found");
        999
    } else {
        let _other = D("else");
        0
    }
}

fn early(flag: bool) -> Box<u32> {
    let b = Box::new(1);
    let _x = D("x");
    let r = loop {
        let _l = D("loop");
        if flag {
            let _y = D("y");
            return Box::new(*b + 100);
        }
        break b;
    };
    println!("  after loop");
    r
}

fn main() {
    println!("search(3, 4):");
    println!("= {}", search(3, 4));
    println!("search(2, 100):");
    println!("= {}", search(2, 100));
    println!("search(0, 0):");
    println!("= {}", search(0, 0));
    println!("early(true):");
    println!("= {}", early(true));
    println!("early(false):");
    println!("= {}", early(false));
}
