// A &mut passed to a function is reborrowed: the caller can keep using it.
fn add_one(r: &mut u32) {
    *r += 1;
}

fn add_twice(r: &mut u32) {
    add_one(r);
    add_one(r);
}

struct Acc {
    total: u32,
}

fn add_to(acc: &mut Acc, v: u32) {
    acc.total += v;
}

fn main() {
    let mut n = 0;
    let r = &mut n;
    add_one(r);
    add_twice(r);
    *r += 10;
    println!("n = {n}");
    let mut acc = Acc { total: 0 };
    let ra = &mut acc;
    for i in 1..=4 {
        add_to(ra, i);
    }
    println!("total = {}", acc.total);
}
