struct U;
impl Drop for U { fn drop(&mut self) { println!("drop U"); } }
fn main() {
    U;
    println!("after statement");
    let _ = U;
    println!("after let _");
}
