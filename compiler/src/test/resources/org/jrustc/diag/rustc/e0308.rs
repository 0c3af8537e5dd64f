fn main() {
    let x: i32 = "hello";
    println!("{}", x);
}
