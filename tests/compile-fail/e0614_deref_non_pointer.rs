// Only references and boxes can be dereferenced.
fn main() {
    let x = 5u32;
    let y = *x; //~ ERROR E0614
    println!("{y}");
}
