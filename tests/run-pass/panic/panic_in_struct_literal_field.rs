// A panic inside a method called while building a struct literal: earlier fields are dropped, later ones never built.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Whole {
    a: Part,
    b: Box<Part>,
    n: u32,
    c: Part,
}

impl Drop for Whole {
    fn drop(&mut self) {
        println!("drop whole");
    }
}

struct Calc {
    base: u32,
}

impl Calc {
    fn risky(&self, d: u32) -> u32 {
        println!("risky({d})");
        self.base / d
    }
}

fn main() {
    let calc = Calc { base: 100 };
    let ok = Whole { a: Part("a1"), b: Box::new(Part("b1")), n: calc.risky(5), c: Part("c1") };
    println!("ok.n = {}", ok.n);
    let zero = std::hint::black_box(0);
    let bad = Whole { a: Part("a2"), b: Box::new(Part("b2")), n: calc.risky(zero), c: Part("c2") };
    println!("never {}", bad.n);
}
