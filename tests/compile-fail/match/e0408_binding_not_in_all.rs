fn main() {
    let t = (1, 2);
    match t {
        (x, 0) | (0, _) => {} //~ ERROR E0408
        _ => {}
    }
}
