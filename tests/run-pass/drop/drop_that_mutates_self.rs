// A Drop impl that assigns a field drops the old field value; fields drop after drop() returns.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Swapper {
    inner: D,
    count: u32,
}
impl Drop for Swapper {
    fn drop(&mut self) {
        println!("Swapper drop begins with {}", self.inner.0);
        self.inner = D("replaced in drop");
        self.count += 1;
        let _tmp = D("temp in drop");
        println!("Swapper drop ends, count {}", self.count);
    }
}
fn main() {
    let _s = Swapper {
        inner: D("original"),
        count: 0,
    };
    let b = Box::new(Swapper {
        inner: D("boxed original"),
        count: 5,
    });
    drop(b);
    println!("end");
}
