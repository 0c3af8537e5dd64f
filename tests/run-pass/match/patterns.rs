// match on integers, tuples, structs, tuple structs, chars, bools and &str: literals, ranges,
// alternatives, bindings with @, guards, constants as patterns, .. in structs; if let and while let.
struct Point {
    x: i32,
    y: i32,
}

struct Wrapper(u8, bool);

const LIMIT: i32 = 100;

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        LIMIT => "limit",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn main() {
    for i in [-5, 0, 2, 7, 100, 12, 13] {
        println!("{} {}", i, classify(i));
    }
    for i in 1..=15 {
        let s = match (i % 3, i % 5) {
            (0, 0) => "FizzBuzz",
            (0, _) => "Fizz",
            (_, 0) => "Buzz",
            _ => "",
        };
        if s.is_empty() { print!("{} ", i); } else { print!("{} ", s); }
    }
    println!();
    let p = Point { x: 3, y: -3 };
    let where_ = match p {
        Point { x: 0, y: 0 } => String_("origin"),
        Point { x, y: 0 } => { println!("on x at {}", x); String_("x axis") }
        Point { y, .. } if y < 0 => { println!("below, y={}", y); String_("below") }
        Point { .. } => String_("elsewhere"),
    };
    println!("{}", where_.0);
    let w = Wrapper(7, true);
    match w {
        Wrapper(0, _) => println!("zero"),
        Wrapper(n @ 1..=9, true) => println!("small true {}", n),
        Wrapper(_, _) => println!("other"),
    }
    let c = 'q';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    };
    println!("{}", kind);
    let b = true;
    println!("{}", match b { true => 1, false => 0 });
    let pair = (1, "one");
    if let (1, name) = pair {
        println!("one is {}", name);
    }
    if let (2, _) = pair { println!("no"); } else { println!("else branch"); }
    let r = &pair;
    match r {
        (1, s) => println!("ref {}", s),
        _ => println!("other"),
    }
    let mut count = 0;
    let mut stack = [3, 2, 1, 0];
    let mut top = 0;
    while let 1..=3 = stack[top] {
        count += stack[top];
        top += 1;
    }
    println!("count {} {}", count, top);
    let text = "hi";
    match text {
        "hello" => println!("long"),
        "hi" => println!("short"),
        _ => println!("?"),
    }
    stack[0] = 9;
}

struct String_(&'static str);
