// Float constants are computed at compile time with IEEE arithmetic, as rustc does: operators,
// comparisons, casts both ways (saturating to integers, NaN to 0), and f32 rounding.
const HALF: f64 = 1.0 / 2.0;
const THIRD: f32 = 1.0 / 3.0;
const BIG: f64 = 1e300 * 1e10;
const NEG: f64 = -HALF * 3.0;
const TRUNC: i32 = 2.9e10 as i32;
const NAN_INT: u8 = (0.0 / 0.0) as u8;
const FROM_INT: f64 = 7 as f64 / 2.0;
const LESS: bool = THIRD < 0.34;
const REM: f64 = 10.5 % 3.0;
fn main() {
    println!("{} {} {} {}", HALF, THIRD, BIG, NEG);
    println!("{} {} {} {} {}", TRUNC, NAN_INT, FROM_INT, LESS, REM);
    println!("{:?} {:?}", THIRD as f64, -0.0f64 * HALF);
}
