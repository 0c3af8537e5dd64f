// Inside a generic function, only what the bounds allow may be done with a type parameter.
fn bigger<T>(a: T, b: T) -> bool {
    a > b //~ ERROR E0369
}
fn main() {
    println!("{}", bigger(1, 2));
}
