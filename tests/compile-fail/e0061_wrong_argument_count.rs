// A call must pass exactly as many arguments as the function declares.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let s = add(1); //~ ERROR E0061
    println!("{s}");
}
