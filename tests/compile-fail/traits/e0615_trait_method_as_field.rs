// A trait method named without parentheses is not a field: E0615.
trait T { fn f(&self) -> i32; }
struct S;
impl T for S { fn f(&self) -> i32 { 1 } }
fn main() { let s = S; let _f = s.f; } //~ ERROR E0615
