fn bar() {
    println!("enter bar");
    let i = 6;
    println!("i = {i}");
}

fn foo() {
    println!("enter foo");
    let a = 5;
    println!("a = {a}");
    let b = 100;
    println!("b = {b}");
    let c = 1;
    println!("c = {c}");

    bar();
    println!("back in foo, a = {a}, b = {b}, c = {c}");
}

fn main() {
    println!("enter main");
    let x = 42;
    println!("x = {x}");

    foo();
    println!("back in main, x = {x}");
}
