// The trait's method takes &self: so must the impl's.
trait Describe {
    fn describe(&self) -> i32;
}
struct S;
impl Describe for S {
    fn describe() -> i32 { //~ ERROR E0186
        0
    }
}
fn main() {}
