// In a default method, `self` has only the trait's methods.
trait A {
    fn f(&self) -> i32 {
        self.nope() //~ ERROR E0599
    }
}
fn main() {}
