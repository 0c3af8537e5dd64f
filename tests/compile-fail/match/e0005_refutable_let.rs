fn main() {
    let (a, 1) = (1, 2); //~ ERROR E0005
}
