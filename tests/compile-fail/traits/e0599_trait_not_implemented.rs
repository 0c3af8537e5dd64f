// A method from a trait the type does not implement.
trait Speak {
    fn speak(&self) -> &'static str;
}
struct Dog;
struct Cat;
impl Speak for Dog {
    fn speak(&self) -> &'static str {
        "woof"
    }
}
fn main() {
    println!("{}", Dog.speak());
    println!("{}", Cat.speak()); //~ ERROR E0599
}
