// A negative shift amount is out of range too.
fn main() {
    let by: i32 = std::hint::black_box(-1);
    let v: u16 = 1024;
    println!("start");
    println!("{}", v >> by);
}
