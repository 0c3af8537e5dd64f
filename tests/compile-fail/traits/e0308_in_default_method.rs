// A trait's default method is checked even where every impl overrides it.
trait A {
    fn g(&self) -> i32;
    fn f(&self) -> i32 {
        let _x: bool = 5; //~ ERROR E0308
        self.g()
    }
}
struct S;
impl A for S {
    fn g(&self) -> i32 {
        1
    }
    fn f(&self) -> i32 {
        2
    }
}
fn main() {
    println!("{}", S.f());
}
