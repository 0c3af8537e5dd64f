// A struct-variant pattern that names a field the variant does not declare.
enum Shape {
    Rect { w: i32, h: i32 },
    Dot,
}

fn main() {
    let s = Shape::Rect { w: 1, h: 2 };
    match s {
        Shape::Rect { w, height, .. } => println!("{} {}", w, height), //~ ERROR E0026
        Shape::Dot => {}
    }
}
