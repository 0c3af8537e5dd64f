// All break values of one loop must have the same type: a u8 and then a char.
fn main() {
    let mut i = 0;
    let x = loop {
        i += 1;
        if i > 3 {
            break 5u8;
        }
        if i > 10 {
            break 'c'; //~ ERROR E0308
        }
    };
    println!("{x}");
}
