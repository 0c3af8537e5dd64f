// Dropping a Box drops its content; boxes drop in reverse order like any local.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _plain = D("plain");
    let _b1 = Box::new(D("in box 1"));
    let _b2 = Box::new(D("in box 2"));
    {
        let _scoped = Box::new(D("in scoped box"));
        println!("leaving block");
    }
    println!("end");
}
