// An associated function call on a type that does not exist.
fn main() {
    let f = Foo::new(); //~ ERROR E0433
}
