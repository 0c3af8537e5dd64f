// f64::MAX and friends, std::f64::consts::PI and friends, and a temperature table.
fn main() {
    println!("{} {} {} {}", f64::MAX, f64::MIN, f64::EPSILON, f64::MIN_POSITIVE);
    println!("{:?} {:?} {}", f64::INFINITY, f64::NEG_INFINITY, f64::NAN.is_nan());
    println!("{} {} {} {}", std::f64::consts::PI, std::f64::consts::E, std::f32::consts::PI, core::f64::consts::TAU);
    println!("{} {} {}", f32::MAX, f32::EPSILON, f32::MIN_POSITIVE);
    let r = 2.0;
    let area = std::f64::consts::PI * r * r;
    println!("{:?} {}", area, (area * 100.0).round() / 100.0);
    let celsius = [0.0, 37.5, -40.0, 100.0];
    for c in celsius {
        let f = c * 9.0 / 5.0 + 32.0;
        println!("{}C = {}F", c, f);
    }
}
