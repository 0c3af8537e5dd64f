// x @ (a, _): the name binds the whole value and the sub-pattern binds its parts.
fn main() {
    match (3, 4) {
        t @ (c, _) => println!("{} {}", c, t.0),
    }
    let p @ (x, y) = (1, 2);
    println!("{:?} {} {}", p, x, y);
}
