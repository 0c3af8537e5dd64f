// A range pattern whose lower bound is above its upper bound matches nothing: E0030.
fn main() {
    let n = 3;
    match n {
        5..=1 => println!("never"), //~ ERROR E0030
        _ => println!("other"),
    }
}
