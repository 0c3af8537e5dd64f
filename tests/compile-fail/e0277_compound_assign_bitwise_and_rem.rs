// Compound assignments whose right side has the wrong type: rustc finds no `op=` impl (E0277).
fn main() {
    let mut x: i32 = 5;
    x &= true; //~ ERROR E0277
    let mut b = true;
    b |= 'c'; //~ ERROR E0277
    x %= true; //~ ERROR E0277
    println!("{} {}", x, b);
}
