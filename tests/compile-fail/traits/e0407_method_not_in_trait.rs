// A method the trait does not declare cannot be added in its impl.
trait Named {
    fn name(&self) -> i32;
}
struct A;
impl Named for A {
    fn name(&self) -> i32 {
        1
    }
    fn extra(&self) -> i32 { //~ ERROR E0407
        2
    }
}
fn main() {
    println!("{}", A.name());
}
