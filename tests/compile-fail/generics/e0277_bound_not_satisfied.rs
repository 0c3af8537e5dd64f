// A type argument must meet its parameter's bounds: Point is neither PartialOrd nor Copy.
struct Point {
    x: i32,
}
fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}
fn main() {
    println!("{}", largest(1, 2));
    let p = largest(Point { x: 1 }, Point { x: 2 }); //~ ERROR E0277
    //~^ ERROR E0277
    println!("{}", p.x);
}
