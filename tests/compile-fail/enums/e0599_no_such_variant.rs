// Naming a variant the enum does not have.
#[derive(Debug)]
enum Color {
    Red,
    Green,
}

fn main() {
    let c = Color::Red;
    let d = Color::Purple; //~ ERROR E0599
    println!("{:?} {:?}", c, Color::Green);
}
