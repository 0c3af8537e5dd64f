fn main() {
    for i in 0..({ fn n() -> i32 { 3 } n() }) { println!("{}", i); }
}
