// main may return () (or a Termination type), not an i32.
fn main() -> i32 { //~ ERROR E0277
    0
}
