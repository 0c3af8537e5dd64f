// break out of while from a nested block with drops, continue in for with Box temporaries.
struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop D({})", self.0);
    }
}

fn boxed(n: u32) -> Box<D> {
    Box::new(D(n))
}

fn value_of(b: Box<D>) -> u32 {
    b.0
}

fn main() {
    let mut i = 0;
    while i < 10 {
        let _outer = D(100 + i);
        {
            let _a = D(200 + i);
            {
                let _b = D(300 + i);
                if i == 2 {
                    println!("breaking");
                    break;
                }
            }
            println!("inner done {i}");
        }
        i += 1;
    }
    println!("after while i={i}");
    let mut sum = 0;
    for k in 0..5u32 {
        let keep = boxed(10 + k);
        if value_of(boxed(k)) % 2 == 1 {
            println!("skip {k}");
            continue;
        }
        if boxed(20 + k).0 == 24 {
            println!("stop at {k}");
            break;
        }
        sum += keep.0;
        println!("sum now {sum}");
    }
    println!("sum {sum}");
    let mut n = 0;
    'outer: for a in 0..3 {
        let _da = D(1000 + a);
        for b in 0..3 {
            let tmp = boxed(2000 + a * 10 + b);
            n += 1;
            if b == 1 {
                continue 'outer;
            }
            drop(tmp);
        }
    }
    println!("n {n}");
}
