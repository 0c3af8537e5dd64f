// A struct literal of a struct that nothing declares.
fn main() {
    let p = Point { x: 1, y: 2 }; //~ ERROR E0422
    println!("{}", p.x);
}
