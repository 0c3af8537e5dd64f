fn foo(i: &i32) {
    println!("enter foo, i points to {i}");
    let z = 42;
    println!("z = {z}");
}

fn main() {
    println!("enter main");
    let x = 5;
    println!("x = {x}");
    let y = &x;
    println!("y points to {y}");

    foo(y);
    println!("back in main, x = {x}");
}
