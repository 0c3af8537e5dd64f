// Evaluation order of compound assignment on integers: the right operand is evaluated before the
// place on the left; for plain assignment the left place is evaluated after the right as well.
struct Cell {
    v: i32,
}

impl Cell {
    fn place(&mut self, tag: &'static str) -> &mut i32 {
        println!("place {tag}");
        &mut self.v
    }
}

fn val(tag: &'static str, v: i32) -> i32 {
    println!("value {tag}");
    v
}

fn main() {
    let mut c = Cell { v: 1 };
    *c.place("add") += val("add", 10);
    *c.place("mul") *= val("mul", 3);
    *c.place("assign") = val("assign", 7) + c_v_plus(2);
    println!("c.v = {}", c.v);
}

fn c_v_plus(n: i32) -> i32 {
    n + 1
}
