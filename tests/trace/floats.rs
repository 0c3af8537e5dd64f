// Floats in cells print as {:?} prints them: 2.0, 0.1, f32 and f64.
fn half(x: f64) -> f64 {
    let h = x / 2.0;
    h
}

fn main() {
    let a = 4.0;
    let b: f32 = 0.1;
    let c = half(a);
    println!("{} {} {}", a, b, c);
}
