// std::mem::swap exchanges two values behind &mut; std::mem::replace returns the old value
// (dropped at the `;` when unused); nothing else is dropped.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Box<i32>,
    right: Box<i32>,
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut x = D("x");
    let mut y = D("y");
    std::mem::swap(&mut x, &mut y);
    println!("{} {}", x.0, y.0);
    let old = std::mem::replace(&mut x, D("z"));
    println!("old {} new {}", old.0, x.0);
    std::mem::replace(&mut y, D("w"));
    println!("after statement");
    let mut p = Pair { left: Box::new(1), right: Box::new(2) };
    std::mem::swap(&mut p.left, &mut p.right);
    let was = std::mem::replace(&mut *p.left, 10);
    println!("{} {} {}", p.left, p.right, was);
    let mut arr = [1, 2, 3];
    let (first, rest) = (&mut 5, &mut arr[2]);
    std::mem::swap(first, rest);
    println!("{:?}", arr);
}
