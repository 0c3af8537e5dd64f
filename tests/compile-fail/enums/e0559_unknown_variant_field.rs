// A struct variant literal with a field the variant does not have: E0559 (E0560 is for structs).
enum Shape {
    Rect { w: i32, h: i32 },
}
fn main() {
    let s = Shape::Rect { w: 1, height: 2 }; //~ ERROR E0559
    match s {
        Shape::Rect { w, .. } => println!("{}", w),
    }
}
