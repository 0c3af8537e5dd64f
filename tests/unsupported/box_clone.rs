// unsupported: cloning a `Box`
// Box<T>::clone() returns a new Box<T>; jrustc types it as T (E0614 "type `{integer}` cannot be dereferenced";
// with an annotation `let x: Box<C> = b.clone();` it says E0308 expected `Box<C>`, found `C`).
fn main() {
    let b = Box::new(5);
    let c = b.clone();
    println!("{}", *c + 1);
}
