// A trait with required and default methods, an associated function, static dispatch on two
// structs, Type::method(&x) calls, and a user impl Clone (also through a reference).
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str {
        "shape"
    }
    fn describe(&self) {
        println!("{} with area {}", self.name(), self.area());
    }
    fn unit() -> i32 {
        1
    }
}

struct Circle {
    r: f64,
}
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

#[derive(Debug)]
struct Counter {
    n: i32,
}
impl Clone for Counter {
    fn clone(&self) -> Self {
        println!("cloning {}", self.n);
        Counter { n: self.n + 100 }
    }
}

trait Greet {
    fn hello(&self) -> i32;
}
impl Greet for Circle {
    fn hello(&self) -> i32 { 1 }
}

fn main() {
    let c = Circle { r: 2.0 };
    let s = Square(3.0);
    c.describe();
    s.describe();
    println!("{} {}", Circle::unit(), Square::area(&s));
    let k = Counter { n: 1 };
    let k2 = k.clone();
    let r = &k2;
    let k3 = r.clone();
    println!("{:?} {:?} {:?}", k, k2, k3);
}
