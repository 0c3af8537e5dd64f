// assert_eq! compares its two operands with ==, so they must have the same type.
fn main() {
    let a = 1u8;
    let b = 1u16;
    assert_eq!(a, b); //~ ERROR E0308
}
