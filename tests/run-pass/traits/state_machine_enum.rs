// Traits implemented for enums and structs: methods taking self by value, &self and &mut self,
// default methods calling required ones, and Drop running when a consumed value ends.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

trait Step {
    fn next(self) -> Self;
    fn label(&self) -> &'static str;
    fn show(&self) {
        println!("[{}]", self.label());
    }
}

impl Step for Light {
    fn next(self) -> Self {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
    fn label(&self) -> &'static str {
        match self {
            Light::Red => "stop",
            Light::Yellow => "slow",
            Light::Green => "go",
        }
    }
}

struct Token(i32);
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.0);
    }
}

trait Counter {
    fn bump(&mut self) -> i32;
    fn bump_twice(&mut self) -> i32 {
        self.bump();
        self.bump()
    }
}

impl Counter for Token {
    fn bump(&mut self) -> i32 {
        self.0 += 1;
        self.0
    }
}

impl Step for Token {
    fn next(self) -> Self {
        Token(self.0 * 10)
    }
    fn label(&self) -> &'static str {
        "token"
    }
}

fn main() {
    let mut light = Light::Red;
    for _ in 0..4 {
        light.show();
        light = light.next();
    }
    println!("{:?} {}", light, light == Light::Green);
    let mut t = Token(1);
    println!("{}", t.bump_twice());
    let t2 = t.next();
    t2.show();
    println!("{}", Token::label(&t2));
    println!("end");
}
