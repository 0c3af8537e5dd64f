// Overflow three calls deep unwinds locals, boxes and owned arguments of every frame.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn mk(s: &'static str) -> D {
    println!("make {}", s);
    D(s)
}

fn level3(x: u8, _arg: D) -> u8 {
    let _l3 = mk("l3");
    x + 200
}
fn level2(x: u8) -> u8 {
    let _l2 = mk("l2");
    let b = Box::new(mk("boxed l2"));
    let r = level3(x, mk("arg3"));
    println!("never {}", b.0);
    r
}
fn level1(x: u8) -> u8 {
    let _l1 = mk("l1");
    {
        let _inner = mk("inner");
        level2(x)
    }
}
fn main() {
    let _m = mk("main");
    println!("{}", level1(std::hint::black_box(10)));
    println!("{}", level1(std::hint::black_box(100)));
}
