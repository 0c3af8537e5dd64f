// An Option<i32> is not an i32: the value must be taken out of it.
fn find(n: i32) -> Option<i32> {
    if n > 0 { Some(n) } else { None }
}
fn main() {
    let x: i32 = find(3); //~ ERROR E0308
    println!("{}", x);
}
