// A type implements a trait at most once.
trait T {
    fn f(&self) -> i32;
}
struct S;
impl T for S {
    fn f(&self) -> i32 {
        1
    }
}
impl T for S { //~ ERROR E0119
    fn f(&self) -> i32 {
        2
    }
}
fn main() {}
