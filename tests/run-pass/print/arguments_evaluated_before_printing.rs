// Format arguments are evaluated before anything is written; {0} twice evaluates once; named args.
fn side(tag: &'static str, v: i32) -> i32 {
    print!("<{tag}>");
    v
}

struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        print!("[drop {}]", self.0);
    }
}

fn val(d: &D) -> usize {
    d.0.len()
}

fn main() {
    print!("a{}b{}c", side("x", 1), side("y", 2));
    println!();
    println!("{0} {0} {1} {0}", side("once", 7), side("two", 8));
    println!("{1} {0}", side("first", 1), side("second", 2));
    println!("{v} {w} {v}", v = side("v", 3), w = side("w", 4));
    let k = 5;
    println!("{k} {} {k} {named}", side("pos", 6), named = side("named", 9));
    println!("{}", { println!("inside block"); 10 });
    println!("len {} then {}", val(&D("temp")), val(&D("other")));
    println!("done");
    print!("{}", { print!("inner-print "); "outer" });
    println!();
}
