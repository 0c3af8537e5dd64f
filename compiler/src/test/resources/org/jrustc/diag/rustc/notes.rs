fn main() {
    let v: Vec<i32> = Vec::new();
    let w: i32 = v;
}
