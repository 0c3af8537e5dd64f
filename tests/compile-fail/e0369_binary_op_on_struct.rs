// + is not defined for a struct.
struct Meters(u32);

fn main() {
    let a = Meters(1);
    let b = Meters(2);
    let c = a + b; //~ ERROR E0369
}
