// A moved-from local is not dropped; its value drops where it ends up.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn take(d: D) {
    println!("take {}", d.0);
}

fn main() {
    let a = D("a");
    let _b = D("b");
    take(a);
    let c = D("c");
    let moved_c = c;
    println!("moved c into moved_c");
    let d = D("d");
    {
        let _inner = d;
        println!("inner block owns d");
    }
    println!("end of main, {} still owned", moved_c.0);
}
