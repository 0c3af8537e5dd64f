fn get(x: &'a i32) -> i32 { //~ ERROR E0261
    *x
}

fn main() {
    println!("{}", get(&1));
}
