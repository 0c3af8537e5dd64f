// break names a label that no enclosing loop declares (a typo of 'outer).
fn main() {
    'outer: loop {
        loop {
            break 'outr; //~ ERROR E0426
        }
    }
}
