// A pattern naming a variant of a different enum than the scrutinee's type.
enum Fruit {
    Apple,
    Pear,
}

enum Veg {
    Leek,
    Kale,
}

fn main() {
    let f = Fruit::Apple;
    match f {
        Fruit::Apple => println!("apple"),
        Veg::Leek => println!("leek"), //~ ERROR E0308
        _ => println!("other"),
    }
    let _ = (Fruit::Pear, Veg::Kale);
}
