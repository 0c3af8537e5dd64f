// Calling a by-value `self` method on a Box<T> moves the T out of the box (the allocation is freed);
// by-value methods on Copy types reached through && copy the value.
struct Token {
    name: &'static str,
}

impl Token {
    fn consume(self) -> usize {
        println!("consuming {}", self.name);
        self.name.len()
    }
    fn peek(&self) -> &'static str {
        self.name
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

#[derive(Clone, Copy)]
struct P {
    x: i32,
}

impl P {
    fn bumped(mut self) -> P {
        self.x += 1;
        self
    }
}

fn main() {
    let b = Box::new(Token { name: "boxed" });
    println!("peek {}", b.peek());
    let n = b.consume();
    println!("n {n}");
    let bb = Box::new(Box::new(Token { name: "double" }));
    println!("peek {}", bb.peek());
    let m = bb.consume();
    println!("m {m}");
    let p = P { x: 1 };
    let rr = &&p;
    let q = rr.bumped().bumped();
    println!("p {} q {}", p.x, q.x);
    let bp = Box::new(P { x: 10 });
    let bq = bp.bumped();
    println!("bp {} bq {}", bp.x, bq.x);
    let keep = Box::new(Token { name: "kept" });
    println!("end {}", keep.peek());
}
