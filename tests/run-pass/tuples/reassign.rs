// Assigning to a tuple or to one of its fields drops the old value first; destructuring
// assignment swaps values and drops what it overwrites.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut t = (D(1), D(2));
    t.0 = D(3);
    println!("after field assignment");
    t = (D(4), D(5));
    println!("after whole assignment");
    let mut a = D(6);
    let mut b = D(7);
    (a, b) = (b, a);
    println!("swapped {} {}", a.0, b.0);
    (a, b) = (D(8), D(9));
    println!("replaced {} {}", a.0, b.0);
    let (mut x, mut y) = (1, 2);
    (x, y) = (y + 10, x + 20);
    println!("{} {} {}", x, y, t.1 .0);
}
