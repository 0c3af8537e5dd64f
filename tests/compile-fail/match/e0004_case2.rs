fn main() {
    let b = true; match b { true => {} } //~ ERROR E0004
}
