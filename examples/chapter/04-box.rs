fn main() {
    println!("enter main");
    let x = Box::new(5);
    println!("x points to {x}");
    let y = 42;
    println!("y = {y}");
}
