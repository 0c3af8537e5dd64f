fn main() {
    let s = "café";
}
