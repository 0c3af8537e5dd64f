// A method of an impl with bounds exists only for type arguments that meet them: E0599.
struct P<T> { a: T }
impl<T: Copy> P<T> { fn f(&self) -> T { self.a } }
struct S;
fn main() { P { a: S }.f(); } //~ ERROR E0599
