// A trait's constant without a default must be given by every impl.
trait Sides {
    const COUNT: u32;
    fn count(&self) -> u32;
}
struct Square;
impl Sides for Square { //~ ERROR E0046
    fn count(&self) -> u32 {
        4
    }
}
fn main() {
    println!("{}", Square.count());
}
