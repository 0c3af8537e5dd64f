// The left side of = must be a place, not a value.
fn five() -> i32 {
    5
}

fn main() {
    let x = 1;
    x + 1 = 3; //~ ERROR E0070
    println!("{}", five());
}
