// `?` needs a function that returns Option or Result to return early from.
fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
fn main() {
    let h = half(4)?; //~ ERROR E0277
    println!("{}", h);
}
