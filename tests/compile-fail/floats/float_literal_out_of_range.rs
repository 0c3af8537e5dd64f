// Float literals too large for their type are rejected by a deny-by-default lint, as integers are.
fn main() {
    let x: f32 = 1e39; //~ ERROR
    let y = 2e308; //~ ERROR
    println!("{} {}", x, y);
}
