// A variable used outside the block that declared it is not in scope.
fn main() {
    {
        let inner = 1;
        println!("{inner}");
    }
    let y = inner + 1; //~ ERROR E0425
    println!("{y}");
}
