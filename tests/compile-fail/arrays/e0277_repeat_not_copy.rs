struct Token(i32);

fn main() {
    let tokens = [Token(1); 3]; //~ ERROR E0277
    println!("{}", tokens.len());
}
