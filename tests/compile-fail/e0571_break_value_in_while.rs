// Only `loop` can break with a value; a while loop has type ().
fn main() {
    let mut i = 0;
    while i < 3 {
        i += 1;
        break 7; //~ ERROR E0571
    }
    println!("{i}");
}
