// The tail expression's type differs from the declared return type.
fn answer() -> i32 {
    true //~ ERROR E0308
}

fn main() {
    let _ = answer();
}
