// Unary ! is not defined for a struct.
struct Flag {
    on: bool,
}

fn main() {
    let f = Flag { on: true };
    let g = !f; //~ ERROR E0600
}
