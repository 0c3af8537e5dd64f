// `_` on the left of `=`: the value it takes is dropped at the `;`, alone or inside a tuple.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a;
    let b;
    (a, _) = (D(1), D(2));
    println!("after tuple");
    _ = D(3);
    println!("after underscore");
    ((b, _), _) = ((4, D(5)), 6);
    println!("{} {}", a.0, b);
}
