// A fn nested two levels inside main cannot see main's locals either.
fn main() {
    let x = 1;
    fn a() { fn b() -> i32 { x } } //~ ERROR E0434
}
