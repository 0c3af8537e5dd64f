// i32 addition past i32::MAX panics: "attempt to add with overflow".
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(2147483600, 47));
    println!("about to overflow");
    let r = add(i32::MAX, 1);
    println!("unreachable {r}");
}
