// Ord's min, max and clamp on integers whose type is known only later (defaulted or inferred
// from the other operand), as rustc accepts them.
fn main() {
    let x = 0;
    println!("{} {} {}", x.min(3), 4.max(3), (-7).clamp(-5, 5));
    let y: u8 = 200;
    let z = 10;
    println!("{}", y.max(z));
    for i in 0..x.max(3) {
        print!("{} ", i);
    }
    println!();
}
