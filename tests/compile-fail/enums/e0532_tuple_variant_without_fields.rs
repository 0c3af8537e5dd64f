// Using a tuple variant as if it were a unit variant in a pattern, and a unit variant as a tuple variant.
enum Token {
    Num(i32),
    End,
}

fn main() {
    let t = Token::Num(3);
    match t {
        Token::Num => println!("num"), //~ ERROR E0532
        Token::End(x) => println!("end {}", x), //~ ERROR E0532
    }
}
