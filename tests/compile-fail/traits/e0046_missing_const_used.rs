trait Limits {
    const MAX: i32;
    fn describe(&self) -> i32;
}
struct Gauge;
impl Limits for Gauge { //~ ERROR E0046
    fn describe(&self) -> i32 { 1 }
}
fn main() {
    println!("{}", Gauge::MAX);
}
