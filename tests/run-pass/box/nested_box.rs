// Box<Box<T>>: two heap allocations, dereferenced twice, dropped inside out.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let bb = Box::new(Box::new(7));
    println!("bb = {bb}, **bb = {}", **bb);
    let mut mbb: Box<Box<i32>> = Box::new(Box::new(1));
    **mbb += 10;
    println!("mbb = {mbb}");
    *mbb = Box::new(99);
    println!("mbb = {}", **mbb);
    let inner: Box<i32> = *mbb;
    println!("inner = {inner}");
    let bbd = Box::new(Box::new(D("doubly boxed")));
    println!("bbd holds {}", bbd.0);
    let bbb = Box::new(Box::new(Box::new(3u8)));
    println!("bbb = {}", ***bbb + 1);
}
