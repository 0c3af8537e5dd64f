// Explicit discriminants on an enum with a tuple variant need #[repr(inttype)].
enum E { //~ ERROR E0732
    A(i32) = 1,
    B,
}
fn main() {}
