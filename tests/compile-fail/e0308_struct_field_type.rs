// A struct literal's field value must have the field's type.
struct Label {
    text: &'static str,
    width: u16,
}

fn main() {
    let l = Label { text: 7, width: 3 }; //~ ERROR E0308
    println!("{} {}", l.text, l.width);
}
