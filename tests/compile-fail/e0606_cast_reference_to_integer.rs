// A reference cannot be cast to an integer with as; dereference it first.
fn main() {
    let a = 3u32;
    let r = &a;
    let v = r as u32; //~ ERROR E0606
    println!("{v}");
}
