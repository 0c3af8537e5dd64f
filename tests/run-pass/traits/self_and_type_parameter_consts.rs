// Self:: and T:: reach a trait's constants and functions: the implementing type's own, or the
// trait's defaults.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn sides(&self) -> u32 { Self::SIDES }
    fn unit() -> Self where Self: Sized;
    fn describe(&self) -> u32 where Self: Sized {
        println!("{} with {} sides", Self::NAME, Self::SIDES);
        self.sides() * 10 + Self::SIDES
    }
}
struct Tri;
struct Sq;
impl Shape for Tri { const SIDES: u32 = 3; fn unit() -> Tri { Tri } }
impl Shape for Sq { const SIDES: u32 = 4; const NAME: &'static str = "square"; fn unit() -> Sq { Sq } }

trait Unit { const SYMBOL: &'static str; const FACTOR: f64; fn show(v: f64) { println!("{}{}", v * Self::FACTOR, Self::SYMBOL); } }
struct Km;
struct Mile;
impl Unit for Km { const SYMBOL: &'static str = "km"; const FACTOR: f64 = 1.0; }
impl Unit for Mile { const SYMBOL: &'static str = "mi"; const FACTOR: f64 = 0.621371; }

trait Bits { const WIDTH: u32; fn top() -> Self; }
impl Bits for u8 { const WIDTH: u32 = 8; fn top() -> u8 { u8::MAX } }
impl Bits for i64 { const WIDTH: u32 = 64; fn top() -> i64 { Self::WIDTH as i64 } }

fn total<A: Shape, B: Shape>(_a: &A, _b: &B) -> u32 { A::SIDES + B::SIDES }
fn name_of<T: Shape>() -> &'static str { T::NAME }

fn main() {
    println!("{} {} {}", Tri.sides(), Sq.sides(), total(&Tri, &Sq));
    println!("{} {}", Tri.describe(), Sq.describe());
    println!("{} {}", { let n: &str = name_of_tri(); n }, Sq::NAME);
    Km::show(10.0);
    Mile::show(10.0);
    println!("{} {}", { let w: u32 = width_u8(); w }, Tri::SIDES);
}
fn name_of_tri() -> &'static str { name_of_t(Tri) }
fn name_of_t<T: Shape>(_t: T) -> &'static str { T::NAME }
fn width_u8() -> u32 { let a: u32 = width_of(0u8); let b = width_of(0i64); a + b }
fn width_of<T: Bits + std::fmt::Debug>(_v: T) -> u32 { println!("{:?}", T::top()); T::WIDTH }
