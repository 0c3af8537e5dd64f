// Every constant of std::f64::consts and std::f32::consts, exactly as rustc stores them.
use std::f32::consts as f32c;
use std::f64::consts as f64c;
fn main() {
    println!("{} {} {} {} {} {}", f64c::PI, f64c::E, f64c::TAU, f64c::SQRT_2, f64c::LN_2, f64c::LN_10);
    println!("{} {} {} {} {}", f64c::FRAC_PI_2, f64c::FRAC_PI_3, f64c::FRAC_PI_4, f64c::FRAC_PI_6, f64c::FRAC_PI_8);
    println!("{} {} {} {}", f64c::FRAC_1_PI, f64c::FRAC_2_PI, f64c::FRAC_2_SQRT_PI, f64c::FRAC_1_SQRT_2);
    println!("{} {} {} {}", f64c::LOG2_E, f64c::LOG10_E, f64c::LOG2_10, f64c::LOG10_2);
    println!("{} {} {} {} {} {}", f32c::PI, f32c::E, f32c::TAU, f32c::SQRT_2, f32c::LN_2, f32c::LN_10);
    println!("{} {} {} {} {}", f32c::FRAC_PI_2, f32c::FRAC_PI_3, f32c::FRAC_PI_4, f32c::FRAC_PI_6, f32c::FRAC_PI_8);
    println!("{} {} {} {}", f32c::FRAC_1_PI, f32c::FRAC_2_PI, f32c::FRAC_2_SQRT_PI, f32c::FRAC_1_SQRT_2);
    println!("{} {} {} {}", f32c::LOG2_E, f32c::LOG10_E, f32c::LOG2_10, f32c::LOG10_2);
}
