fn main() {
    let x: i32 = 5; match x { 0 => {}, 1..=9 => {} } //~ ERROR E0004
}
