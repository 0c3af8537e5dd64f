// A static variable read from a function.
static COUNT: u32 = 3;

fn main() {
    println!("{}", COUNT);
}
