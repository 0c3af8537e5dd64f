struct Point {
    x: i32,
}

fn main() {
    let a = (Point { x: 1 }, 2);
    let b = (Point { x: 1 }, 2);
    println!("{}", a == b); //~ ERROR E0369
    println!("{}", a.0.x + b.0.x);
}
