// Primitive types have no fields.
fn main() {
    let n = 5u32;
    println!("{}", n.value); //~ ERROR E0610
}
