fn pick<A, B>(a: A, _b: B) -> A { a }
fn main() {
    let x = pick::<u8>(1, 2); //~ ERROR E0107
    println!("{}", x);
}
