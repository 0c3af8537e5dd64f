static LIMIT: i32 = 5;
fn main() {
    LIMIT = 6; //~ ERROR E0594
    println!("{}", LIMIT);
}
