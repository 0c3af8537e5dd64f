fn main() {
    let x: u8 = 3; match x { 0..=100 => {}, 200.. => {} } //~ ERROR E0004
}
