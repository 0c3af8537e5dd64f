// The impl's method must take as many parameters as the trait's.
trait Scale {
    fn scale(&self, by: i32) -> i32;
}
struct S(i32);
impl Scale for S {
    fn scale(&self) -> i32 { //~ ERROR E0050
        self.0
    }
}
fn main() {}
