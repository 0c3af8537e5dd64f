// f64 and f32: literals, arithmetic (no overflow panics: inf and NaN), comparisons with NaN,
// casts both ways (saturating, NaN to 0), methods, {} and {:?}.
fn area(r: f64) -> f64 {
    3.14159 * r * r
}

fn main() {
    let x = 1.0;
    let y: f32 = 2.5;
    let z = 0.1 + 0.2;
    println!("{} {:?} {} {:?} {} {:?}", x, x, y, y, z, z);
    println!("{} {:?}", 1e21, 1e16);
    println!("{} {:?}", 1e15, 1e-5);
    println!("{} {:?} {} {:?}", 0.0001, 0.0001, -0.0, -0.0);
    println!("{} {}", area(2.0), 7.0 / 2.0);
    println!("{} {} {}", 10.0 % 3.0, -5.5 % 2.0, 1.0 / 0.0);
    let nan = 0.0 / 0.0;
    println!("{} {:?} {} {} {}", nan, -1.0 / 0.0, nan == nan, nan < 1.0, 1.0 < 2.0);
    println!("{} {} {} {}", 3.9f64 as i32, -3.9f64 as i32, 300.5 as u8, -1.0 as u8);
    println!("{} {} {}", nan as i32, 1e20 as i64, 5 as f64 / 2 as f64);
    println!("{} {}", u64::MAX as f64, (1u64 << 63) as f32);
    println!("{} {}", 1.1f32 as f64, 1.1f64 as f32);
    println!("{} {} {} {}", 2.0f64.sqrt(), (-2.5f64).abs(), 2.5f64.round(), (-2.5f64).round());
    println!("{} {} {} {}", 2.7f64.floor(), 2.1f64.ceil(), (-2.7f64).trunc(), 2.75f64.fract());
    println!("{} {} {}", 1.5f64.min(0.5), 1.5f64.max(nan), 1.1f64.powi(3));
    println!("{} {} {}", nan.is_nan(), (1.0f64 / 0.0).is_infinite(), 3.0f64.mul_add(2.0, 1.0));
    let mut acc = 0.0;
    for i in 0..10 {
        acc += i as f64 * 0.1;
    }
    println!("{} {:?}", acc, acc);
    let t = (1.5, 2.25f32);
    println!("{:?} {:?}", t, [0.5, 1.0, 1.5]);
    println!("{} {} {}", 123456789.0f32, 0.3f32, 16777217.0f32);
    println!("{:?} {:?} {:?}", 1.0e-7, 123456789012345680.0, 0.1f32 + 0.2f32);
}
