// A fieldless enum casts to integers only.
#[derive(Clone, Copy)]
enum E {
    A,
}
fn main() {
    let x = E::A as f64; //~ ERROR E0606
    println!("{}", x);
}
