// Moving a field out of an enum that implements Drop is forbidden.
struct Payload(i32);

enum Holder {
    Full(Payload),
    Empty,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("drop holder");
    }
}

fn main() {
    let h = Holder::Full(Payload(1));
    match h { //~ ERROR E0509
        Holder::Full(p) => println!("{}", p.0),
        Holder::Empty => {}
    }
}
