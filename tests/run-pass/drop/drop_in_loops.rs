// Loop body locals drop at the end of every iteration and on continue and break.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn name(i: i32) -> &'static str {
    if i == 0 { "i0" } else if i == 1 { "i1" } else if i == 2 { "i2" } else { "i3" }
}

fn main() {
    let _before = D("before loops");
    for i in 0..4 {
        let _d = D(name(i));
        if i == 1 {
            continue;
        }
        if i == 2 {
            break;
        }
        println!("body {i}");
    }
    println!("after for");

    let mut n = 0;
    while n < 2 {
        let _w = D("while body");
        n += 1;
        println!("while iteration {n}");
    }

    let v = loop {
        let _l = D("loop body");
        let value = D("break value");
        break value;
    };
    println!("loop gave {}", v.0);
}
