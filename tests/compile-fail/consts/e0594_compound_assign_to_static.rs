static COUNT: u32 = 0;
fn main() {
    COUNT += 1; //~ ERROR E0594
    println!("{}", COUNT);
}
