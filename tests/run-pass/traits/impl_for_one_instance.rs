// impls for one instance of a generic type (impl P<i32>) next to a generic impl.
struct P<T> {
    x: T,
}
impl P<i32> {
    fn get(&self) -> i32 {
        self.x * 2
    }
}
impl P<f64> {
    fn get(&self) -> f64 {
        self.x / 2.0
    }
}
impl<T: Copy> P<T> {
    fn raw(&self) -> T {
        self.x
    }
}
fn main() {
    let a = P { x: 21 };
    let b = P { x: 5.0 };
    println!("{} {} {} {}", a.get(), b.get(), a.raw(), b.raw());
}
