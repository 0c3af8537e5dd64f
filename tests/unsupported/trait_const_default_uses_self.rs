// unsupported: `Self::` in the default value of a trait's constant
// A trait constant whose default depends on the implementing type's other constant.
trait Sized2 {
    const UNITS: u32;
    const DOUBLED: u32 = Self::UNITS * 2;
}
struct Pair;
impl Sized2 for Pair {
    const UNITS: u32 = 2;
}
fn main() {
    println!("{}", Pair::DOUBLED);
}
