// derive(Default) needs a default for every field.
struct NoDefault(i32);
#[derive(Default)]
struct S {
    a: i32,
    b: NoDefault, //~ ERROR E0277
}
fn main() {}
