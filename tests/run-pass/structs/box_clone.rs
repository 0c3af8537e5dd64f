// Box<T>::clone() is a new Box<T> holding a clone of the content.
fn main() {
    let b = Box::new(5);
    let c = b.clone();
    println!("{}", *c + 1);
}
