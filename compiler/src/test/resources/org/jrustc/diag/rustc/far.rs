fn main() {
    let mut x = 5;
    let r = &x;
    let a = 1;
    let b = 2;
    let c = 3;
    let d = 4;
    let e = 5;
    let f = 6;
    let g = 7;
    x = 6;
    println!("{} {} {} {} {} {} {} {}", r, a, b, c, d, e, f, g);
}
