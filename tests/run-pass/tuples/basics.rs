// Tuples: construction, .0 access, nesting, {:?} printing, passing and returning, field assignment.
fn swap(pair: (i32, bool)) -> (bool, i32) {
    (pair.1, pair.0)
}

fn min_max(a: i64, b: i64) -> (i64, i64) {
    if a < b { (a, b) } else { (b, a) }
}

fn sum(t: &(u8, u16, u32)) -> u64 {
    t.0 as u64 + t.1 as u64 + t.2 as u64
}

fn main() {
    let t = (1, true, 'x', "hi");
    println!("{:?}", t);
    println!("{} {} {} {}", t.0, t.1, t.2, t.3);
    let single = (5u8,);
    println!("{:?} {:?}", single, ());
    let nested = ((1, 2), (3, (4, 5)));
    println!("{:?} {}", nested, (nested.1).1 .0);
    println!("{:?}", swap((7, false)));
    let (lo, hi) = min_max(9, -3);
    println!("{} {}", lo, hi);
    let mut m = (0u8, 0u16, 0u32);
    m.0 = 200;
    m.1 = 60000;
    m.2 += 4_000_000_000;
    println!("{:?} {}", m, sum(&m));
    let mut a = 1;
    let mut b = 2;
    (a, b) = (b, a);
    println!("{} {}", a, b);
    let r = &nested;
    println!("{:?} {}", r.0, r.1 .0);
    let text = ('\n', "quote\"d", '\'');
    println!("{:?}", text);
}
