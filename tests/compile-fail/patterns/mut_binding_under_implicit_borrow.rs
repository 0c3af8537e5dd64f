fn main() {
    let (_a, mut _b) = &(1, 2); //~ ERROR
}
