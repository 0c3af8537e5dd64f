// Passing &i32 where the parameter is an i32: no automatic dereference of arguments.
fn square(n: i32) -> i32 {
    n * n
}
fn main() {
    let a = 4;
    println!("{}", square(&a)); //~ ERROR E0308
}
