enum Shape {
    Rect { w: u32, h: u32 },
}
fn main() {
    let a = Shape::Rect { w: 1, h: 2 };
    let b = Shape::Rect { w: 3, ..a }; //~ ERROR E0436
    let Shape::Rect { w, h } = b;
    println!("{} {}", w, h);
}
