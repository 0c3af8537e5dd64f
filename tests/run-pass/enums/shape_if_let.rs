// An enum with a unit variant and a data-carrying variant.
enum Shape {
    Dot,
    Line(u32),
}

fn length(s: &Shape) -> u32 {
    if let Shape::Line(n) = s { *n } else { 0 }
}

fn main() {
    println!("{} {}", length(&Shape::Dot), length(&Shape::Line(7)));
}
