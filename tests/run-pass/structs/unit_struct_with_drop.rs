// A unit struct is a value with no fields; it can still have a destructor.
struct Token;

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop Token");
    }
}

struct Empty;

impl Empty {
    fn describe(&self) -> &'static str {
        "an empty struct"
    }
}

fn make() -> Token {
    println!("making a token");
    Token
}

fn main() {
    let e = Empty;
    println!("{}", e.describe());
    let _t = make();
    {
        let _inner = Token;
        println!("inner token made");
    }
    println!("end");
}
