// A tuple-variant pattern with the wrong number of fields, too few and too many.
enum Msg {
    Color(u8, u8, u8),
    Write(i32),
    Quit,
}

fn main() {
    let m = Msg::Color(1, 2, 3);
    match m {
        Msg::Color(r, g) => println!("{} {}", r, g), //~ ERROR E0023
        Msg::Write(a, b) => println!("{} {}", a, b), //~ ERROR E0023
        Msg::Quit => {}
    }
}
