// An if condition must be a bool; integers are not truthy.
fn main() {
    let n = 3;
    if n { //~ ERROR E0308
        println!("nonzero");
    }
}
