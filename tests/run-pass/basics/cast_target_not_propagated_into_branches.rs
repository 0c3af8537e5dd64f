fn main() {
    let c = std::hint::black_box(true);
    let a = if c { 300 } else { 2 } as u8;
    println!("{}", a);
}
