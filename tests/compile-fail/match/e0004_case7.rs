fn main() {
    let x = 5; match x { n if n > 0 => {}, 0 => {} } //~ ERROR E0004
}
