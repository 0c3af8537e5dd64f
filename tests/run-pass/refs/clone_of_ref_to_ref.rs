// (&r).clone() with r: &i32 clones the reference (Self = &i32) and gives &i32; jrustc derefs to i32 (E0308).
fn main() {
    let x = 5;
    let r = &x;
    let rr: &i32 = (&r).clone();
    println!("{}", rr);
}
