fn main() {
    let p = (1i8, -1i8); match p { (0, _) | (_, 0) => {}, (1..=127, _) => {} } //~ ERROR E0004
}
