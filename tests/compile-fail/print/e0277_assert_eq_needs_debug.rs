// assert_eq! prints both sides with {:?} when they differ: they must implement Debug.
#[derive(PartialEq)]
struct S {
    a: i32,
}
fn main() {
    assert_eq!(S { a: 1 }, S { a: 1 }); //~ ERROR E0277
    //~^ ERROR E0277
}
