fn inc(x: &mut i32) { *x += 1; }
fn main() {
    let mut b = Box::new(1);
    inc(&mut b);
    let r: &mut i32 = &mut b;
    *r += 10;
    println!("{}", b);
}
