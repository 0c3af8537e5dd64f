// unsupported: the standard library's method `sin` on `f64`
// A transcendental function (libm results may differ in the last bit on the JVM).
fn main() {
    let x = 2.0f64;
    println!("{}", x.sin());
}
