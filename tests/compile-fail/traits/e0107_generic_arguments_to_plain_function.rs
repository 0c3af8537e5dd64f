fn double(x: i32) -> i32 { x * 2 }
fn main() {
    println!("{}", double::<i32>(4)); //~ ERROR E0107
}
