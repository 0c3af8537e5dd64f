// Recursive expression evaluator over Box'd structs with an integer tag field.
struct Expr {
    tag: u8, // 0 = literal, 1 = add, 2 = mul, 3 = neg, 4 = sub
    value: i64,
    lhs: Box<Slot>,
    rhs: Box<Slot>,
}

// A slot either holds an expression (full = true) or is empty.
struct Slot {
    full: bool,
    expr: Box<Leafy>,
}

struct Leafy {
    n: i64,
}

fn lit(n: i64) -> Expr {
    Expr { tag: 0, value: n, lhs: empty(), rhs: empty() }
}

fn empty() -> Box<Slot> {
    Box::new(Slot { full: false, expr: Box::new(Leafy { n: 0 }) })
}

fn wrap(e: i64) -> Box<Slot> {
    Box::new(Slot { full: true, expr: Box::new(Leafy { n: e }) })
}

fn node(tag: u8, a: i64, b: i64) -> Expr {
    Expr { tag, value: 0, lhs: wrap(a), rhs: wrap(b) }
}

fn eval(e: &Expr) -> i64 {
    if e.tag == 0 {
        return e.value;
    }
    let a = if e.lhs.full { e.lhs.expr.n } else { 0 };
    let b = if e.rhs.full { e.rhs.expr.n } else { 0 };
    let r = if e.tag == 1 {
        a + b
    } else if e.tag == 2 {
        a * b
    } else if e.tag == 3 {
        -a
    } else if e.tag == 4 {
        a - b
    } else {
        panic!("bad tag {}", e.tag)
    };
    println!("eval tag={} a={} b={} -> {}", e.tag, a, b, r);
    r
}

fn chain(n: u32, acc: i64) -> i64 {
    if n == 0 {
        return acc;
    }
    let e = if n % 2 == 0 { node(1, acc, n as i64) } else { node(2, acc, 3) };
    chain(n - 1, eval(&e))
}

fn main() {
    println!("{}", eval(&lit(42)));
    println!("{}", eval(&node(1, 2, 3)));
    println!("{}", eval(&node(3, 9, 0)));
    println!("{}", eval(&node(4, 1, 10)));
    println!("chain = {}", chain(6, 1));
    let bad = Expr { tag: 9, value: 0, lhs: empty(), rhs: wrap(1) };
    println!("about to fail");
    let v = eval(&bad);
    println!("never {}", v);
}
