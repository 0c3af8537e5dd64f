struct Holder {
    value: &i32, //~ ERROR E0106
}

fn main() {
    let n = 1;
    let h = Holder { value: &n };
    println!("{}", h.value);
}
