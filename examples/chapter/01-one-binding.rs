fn main() {
    println!("enter main");
    let x = 42;
    println!("x = {x}");
}
