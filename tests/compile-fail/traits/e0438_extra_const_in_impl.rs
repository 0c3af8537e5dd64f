trait Shape {
    fn sides(&self) -> u32;
}
struct Square;
impl Shape for Square {
    fn sides(&self) -> u32 { 4 }
    const CORNERS: u32 = 4; //~ ERROR E0438
}
fn main() {
    println!("{}", Square.sides());
}
