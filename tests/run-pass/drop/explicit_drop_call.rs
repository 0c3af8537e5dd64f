// drop(x) runs the destructor immediately; the local is then gone.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = D("a");
    let b = D("b");
    let c = D("c");
    println!("dropping b early");
    drop(b);
    println!("dropping a early");
    drop(a);
    let boxed = Box::new(D("boxed"));
    drop(boxed);
    println!("end with {}", c.0);
}
