// Trait::method(&x): the impl is chosen by the type of the self argument.
trait T { fn f(&self) -> i32; }
struct S;
impl T for S { fn f(&self) -> i32 { 1 } }
fn main() { println!("{}", T::f(&S)); }
