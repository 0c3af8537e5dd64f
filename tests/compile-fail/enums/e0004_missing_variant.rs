// A match on an enum that forgets one tuple variant.
enum Shape {
    Circle(f64),
    Square(f64),
    Dot,
}

fn area(s: &Shape) -> f64 {
    match s { //~ ERROR E0004
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Dot => 0.0,
    }
}

fn main() {
    println!("{}", area(&Shape::Square(2.0)));
}
