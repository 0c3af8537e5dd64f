struct D { a: i32, b: Box<i32> }
impl Drop for D { fn drop(&mut self) { println!("drop"); } }
fn main() {
    let d = D { a: 1, b: Box::new(2) };
    let e = D { a: 2, ..d }; //~ ERROR E0509
    println!("{}", e.a);
}
