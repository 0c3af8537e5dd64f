// unsupported: moving the elements out of an array in a `for` loop
// A for loop that takes each Box out of an array by value.
fn main() {
    let boxes = [Box::new(1), Box::new(2)];
    for b in boxes {
        println!("{}", b);
    }
}
