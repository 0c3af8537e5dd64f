// A struct with a Box field cannot be Copy: Box<i32> is not Copy.
#[derive(Clone, Copy)]
struct Holder { //~ ERROR E0204
    b: Box<i32>,
}
fn main() {
    let h = Holder { b: Box::new(1) };
    println!("{}", h.b);
}
