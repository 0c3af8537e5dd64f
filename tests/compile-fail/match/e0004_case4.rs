fn main() {
    let c = 'x'; match c { 'a'..='z' => {} } //~ ERROR E0004
}
