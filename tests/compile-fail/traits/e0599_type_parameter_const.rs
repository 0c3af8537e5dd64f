trait Shape {
    const SIDES: u32;
}
struct Tri;
impl Shape for Tri {
    const SIDES: u32 = 3;
}
fn corners<T: Shape>() -> u32 {
    T::SIDES + T::CORNERS //~ ERROR E0599
}
fn main() {
    let _ = Tri;
    println!("{}", Tri::SIDES);
}
