// A block that is never closed: rustc reports it at the end of the file.
fn main() {
    let x = 1;
    if x > 0 {
        println!("positive");

}
//~ ERROR
