// A local variable shadows the function add, so add(1, 2) calls an integer.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn main() {
    let add = 3;
    let s = add(1, 2); //~ ERROR E0618
}
