// let x = loop { .. } with nested labelled loops, break values out of inner loops, drops on the way.
struct D(&'static str, u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}{}", self.0, self.1);
    }
}

fn find_pair(target: u32) -> u32 {
    let found = 'outer: loop {
        let _o = D("o", 0);
        for i in 1..10u32 {
            let _i = D("i", i);
            let mut j = 1;
            while j < 10 {
                let _j = D("j", j);
                if i * j == target {
                    break 'outer i * 100 + j;
                }
                if j > i {
                    break;
                }
                j += 1;
            }
            if i == 9 {
                break 'outer 0;
            }
        }
    };
    found
}

fn nested_value() -> i32 {
    let mut count = 0;
    let v = 'a: loop {
        count += 1;
        let inner = 'b: loop {
            if count % 2 == 0 {
                break 'b count * 10;
            }
            if count > 4 {
                break 'a -1;
            }
            continue 'a;
        };
        if inner > 30 {
            break inner + 1;
        }
    };
    v
}

fn main() {
    println!("find 6 -> {}", find_pair(6));
    println!("---");
    println!("find 97 -> {}", find_pair(97));
    println!("---");
    println!("nested -> {}", nested_value());
    let x = loop {
        let b = Box::new(5);
        break *b + loop {
            break 2;
        };
    };
    println!("x = {x}");
}
