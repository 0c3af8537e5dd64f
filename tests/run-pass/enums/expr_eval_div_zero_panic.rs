// Boxed expression tree evaluator; division by zero panics with a custom message, so the program exits 101.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Expr::Num(n))
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Div(a, b) => {
            let d = eval(b);
            if d == 0 {
                panic!("division by zero in {:?}", e);
            }
            eval(a) / d
        }
        Expr::Neg(a) => -eval(a),
    }
}

fn show(e: &Expr) {
    match e {
        Expr::Num(n) if *n < 0 => print!("({})", n),
        Expr::Num(n) => print!("{}", n),
        Expr::Add(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => {
            print!("(");
            show(a);
            match e {
                Expr::Add(..) => print!(" + "),
                Expr::Mul(..) => print!(" * "),
                _ => print!(" / "),
            }
            show(b);
            print!(")");
        }
        Expr::Neg(a) => {
            print!("-");
            show(a);
        }
    }
}

fn main() {
    let e1 = Expr::Add(num(2), Box::new(Expr::Mul(num(3), num(4))));
    let e2 = Expr::Neg(Box::new(Expr::Div(Box::new(e1), num(-7))));
    let e3 = Expr::Mul(Box::new(Expr::Neg(num(5))), Box::new(e2));
    show(&e3);
    println!(" = {}", eval(&e3));
    let bad = Expr::Div(num(1), Box::new(Expr::Add(num(3), num(-3))));
    show(&bad);
    println!();
    println!("evaluating...");
    let v = eval(&bad);
    println!("unreachable {}", v);
}
