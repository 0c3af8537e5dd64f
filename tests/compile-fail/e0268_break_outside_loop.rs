// break is only allowed inside a loop; an if block is not one.
fn main() {
    let x = 3;
    if x > 2 {
        break; //~ ERROR E0268
    }
    println!("{x}");
}
