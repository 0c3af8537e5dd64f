#!/usr/bin/env rust-script
// rustc ignores a first line starting with #! (a shebang) unless it is an inner attribute #![...].
fn main() {
    println!("shebang");
}
