// Temporary method receivers and their arguments drop at the end of the statement; a receiver taken by value drops in the method.
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

impl D {
    fn name(&self) -> &'static str {
        self.0
    }
    fn consume(self) -> usize {
        println!("consume {}", self.0);
        self.0.len()
    }
    fn len_of(&self, other: &D) -> usize {
        self.0.len() + other.0.len()
    }
}
fn main() {
    let n = mk("recv").name().len();
    println!("n={}", n);
    let m = mk("by value").consume();
    println!("m={}", m);
    let k = mk("r1").len_of(&mk("arg1"));
    println!("k={}", k);
    let j = mk("outer").len_of(&mk("mid")) + mk("x").consume();
    println!("j={}", j);
}
