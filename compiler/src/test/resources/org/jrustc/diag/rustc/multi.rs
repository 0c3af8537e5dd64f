fn main() {
    let x: i32 = "hello";
    let y = undefined_name;
    let z: bool = 5;
    println!("{} {} {}", x, y, z);
}
