// += is not defined for a struct.
struct Meters(u32);
fn main() {
    let mut m = Meters(1);
    m += Meters(2); //~ ERROR E0368
}
