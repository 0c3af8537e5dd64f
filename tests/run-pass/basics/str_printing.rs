// &'static str with {} and with {:?}, which quotes and escapes.
fn greet(name: &'static str) -> &'static str {
    name
}

fn main() {
    let s = "plain text";
    println!("{s}");
    println!("{:?}", s);
    let tricky = "tab\there, newline\nthere";
    println!("{}", tricky);
    println!("{:?}", tricky);
    println!("{:?}", "quotes \" and ' and backslash \\");
    println!("{:?}", "unicode: é ☃ 🦀");
    println!("{:?}", "control: \u{1b}[0m \r \0");
    println!("{:?}", "");
    println!("[{}]", "");
    let name = greet("ferris");
    println!("hello, {name}! {name:?}");
    let r = &s;
    println!("through a reference: {r} {r:?}");
}
