fn foo(x: &i32) {
    println!("enter foo, x points to {x}");
    let y = 10;
    println!("y = {y}");
    let z = &y;
    println!("z points to {z}");

    baz(z);
    bar(x, z);
    println!("back in foo");
}

fn bar(a: &i32, b: &i32) {
    println!("enter bar, a points to {a}, b points to {b}");
    let c = 5;
    println!("c = {c}");
    let d = Box::new(5);
    println!("d points to {d}");
    let e = &d;
    println!("e points to a box holding {e}");

    baz(e);
    println!("back in bar");
}

fn baz(f: &i32) {
    println!("enter baz, f points to {f}");
    let g = 100;
    println!("g = {g}");
}

fn main() {
    println!("enter main");
    let h = 3;
    println!("h = {h}");
    let i = Box::new(20);
    println!("i points to {i}");
    let j = &h;
    println!("j points to {j}");

    foo(j);
    println!("back in main");
}
