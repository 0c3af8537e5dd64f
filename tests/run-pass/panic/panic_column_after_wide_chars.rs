fn main() {
    let z = std::hint::black_box(0);
    let n = "日本".len() + 1 / z;
    println!("{}", n);
}
