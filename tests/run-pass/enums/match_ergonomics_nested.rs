// Match ergonomics on &Enum, nested struct patterns inside variants, guards, @ bindings, | across variants.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
enum Maybe {
    Just(Point),
    Nothing,
}

#[derive(Debug)]
enum Token {
    Num(i32),
    Op(char),
    Pair(i32, i32),
    Word { text: &'static str, len: usize },
    End,
}

fn where_is(m: &Maybe) -> &'static str {
    match m {
        Maybe::Just(Point { x: 0, y: 0 }) => "origin",
        Maybe::Just(Point { x, y: 0 }) if *x > 0 => "positive x axis",
        Maybe::Just(Point { y: 0, .. }) => "negative x axis",
        Maybe::Just(Point { x: 0, .. }) => "y axis",
        Maybe::Just(_) => "elsewhere",
        Maybe::Nothing => "nowhere",
    }
}

fn classify(t: &Token) -> i32 {
    match t {
        Token::Num(n @ 0..=9) => {
            println!("digit {}", n);
            *n
        }
        Token::Num(n) | Token::Pair(n, _) if *n < 0 => {
            println!("negative first {}", n);
            -1
        }
        Token::Num(n) | Token::Pair(_, n) => {
            println!("number {}", n);
            *n
        }
        Token::Op(c @ ('+' | '-')) => {
            println!("additive {}", c);
            1
        }
        Token::Op(c) => {
            println!("other op {}", c);
            2
        }
        Token::Word { text, len: l @ 1..=3 } => {
            println!("short word {} {}", text, l);
            *l as i32
        }
        w @ Token::Word { .. } => {
            println!("long {:?}", w);
            100
        }
        Token::End => 0,
    }
}

fn main() {
    let ms = [
        Maybe::Just(Point { x: 0, y: 0 }), Maybe::Just(Point { x: 5, y: 0 }),
        Maybe::Just(Point { x: -5, y: 0 }), Maybe::Just(Point { x: 0, y: 3 }),
        Maybe::Just(Point { x: 1, y: 1 }), Maybe::Nothing,
    ];
    for i in 0..ms.len() {
        println!("{:?}: {}", ms[i], where_is(&ms[i]));
    }
    let toks = [
        Token::Num(7), Token::Num(-3), Token::Num(42), Token::Pair(-1, 8), Token::Pair(2, 8),
        Token::Op('+'), Token::Op('*'), Token::Word { text: "abc", len: 3 },
        Token::Word { text: "abcdef", len: 6 }, Token::End,
    ];
    let mut total = 0;
    for i in 0..toks.len() {
        total += classify(&toks[i]);
    }
    println!("total {}", total);
    let r = &ms[1];
    if let Maybe::Just(p) = r {
        let q: &Point = p;
        println!("bound by reference: {:?} {}", q, *q == Point { x: 5, y: 0 });
    }
    if let &Maybe::Just(Point { x, y }) = r {
        println!("copied out: {} {}", x, y);
    }
}
