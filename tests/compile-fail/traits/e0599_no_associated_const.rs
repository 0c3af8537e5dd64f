struct Gauge;
impl Gauge {
    const MIN: i32 = 0;
}
fn main() {
    println!("{}", Gauge::MIN);
    let _ = Gauge::MAX; //~ ERROR E0599
}
