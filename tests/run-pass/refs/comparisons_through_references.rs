fn main() {
    let a = Box::new(5); let b = Box::new(7);
    println!("{} {} {}", a == b, a < b, *a + 1);
    let x = 3; let r = &x; let rr = &r;
    println!("{} {} {}", r == &3, *rr == &3, **rr > 2);
    let w = (); println!("{} {}", w == (), w != ());
}
