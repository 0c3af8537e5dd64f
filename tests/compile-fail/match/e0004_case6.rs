fn main() {
    let s = "a"; match s { "a" => {} } //~ ERROR E0004
}
