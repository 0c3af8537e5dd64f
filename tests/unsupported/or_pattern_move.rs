// unsupported: moving a value out in an `|` pattern
// An or-pattern whose alternatives move a Box out of the scrutinee.
fn main() {
    let t = (Box::new(1), 0);
    match t {
        (b, 0) | (b, _) => println!("{}", b),
    }
}
