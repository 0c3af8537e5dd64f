// &x reads through a reference, &mut x writes through one.
fn read(r: &i32) -> i32 {
    *r + 1
}

fn write(r: &mut i32, v: i32) {
    *r = v;
}

fn swap_values(a: &mut i64, b: &mut i64) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let x = 10;
    let r = &x;
    println!("x = {x}, *r = {}, read = {}", *r, read(r));
    let mut y = 1;
    write(&mut y, 55);
    println!("y = {y}");
    {
        let m = &mut y;
        *m += 1;
        *m *= 2;
    }
    println!("y = {y}");
    let mut a: i64 = 3;
    let mut b: i64 = 4;
    swap_values(&mut a, &mut b);
    println!("a = {a}, b = {b}");
    let c = 'c';
    let rc = &c;
    let rrc = &rc;
    println!("{} {} {}", c, *rc, **rrc);
    let mut flag = false;
    let rf = &mut flag;
    *rf = !*rf;
    println!("flag = {flag}");
}
