fn main() {
    let t = (true, 1u8); match t { (true, _) => {}, (false, 0) => {} } //~ ERROR E0004
}
