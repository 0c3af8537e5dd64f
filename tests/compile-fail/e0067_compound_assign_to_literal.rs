// The left side of += must be a place, not a literal.
fn main() {
    1 += 2; //~ ERROR E0067
}
