// Operators on &i32, &&i32 and &mut reborrows.
fn add(a: &i32, b: &i32) -> i32 {
    a + b
}
fn main() {
    let x = 5;
    let r = &x;
    let rr = &r;
    println!("{}", r + 1);
    println!("{}", 1 + r);
    println!("{}", r * r);
    println!("{}", *rr + 1);
    println!("{}", **rr - 10);
    println!("{}", -r);
    println!("{}", !r);
    println!("{}", r == &5);
    println!("{}", rr == &&5);
    println!("{}", *r < 6 && r > &4);
    println!("{}", add(r, *rr));
    println!("{}", add(&x, &(x * 2)));
    let mut m = 10u8;
    {
        let mr = &mut m;
        *mr += 1;
        let mrr = &mut *mr;
        *mrr *= 2;
        println!("{}", *mr);
    }
    let mut n = 3i64;
    let rn = &mut n;
    let rrn = &mut &mut *rn;
    **rrn += 4;
    println!("{}", n);
    let c = 'z';
    let rc = &c;
    println!("{}", *rc as u32 + 1);
    println!("{}", r % 3);
    println!("{}", r << 2);
    println!("{}", r & 1 == 1);
}
