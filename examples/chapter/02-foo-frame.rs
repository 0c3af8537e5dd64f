fn foo() {
    println!("enter foo");
    let y = 5;
    println!("y = {y}");
    let z = 100;
    println!("z = {z}");
}

fn main() {
    println!("enter main");
    let x = 42;
    println!("x = {x}");

    foo();
    println!("back in main, x = {x}");
}
