// The tail is an if without else, so when b is false the function would
// return () instead of a u32.
fn pick(b: bool) -> u32 {
    if b { //~ ERROR E0317
        return 1;
    }
}
fn main() {
    println!("{}", pick(true));
}
