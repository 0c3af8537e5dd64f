// matches! with patterns, guards, or-patterns and a trailing comma; {:#?} of an array of enums.
#[derive(Debug)]
enum Shape { Circle(f64), Rect { w: f64, h: f64 }, Dot }
fn main() {
    let shapes = [Shape::Circle(1.5), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Dot];
    for s in &shapes {
        println!("{:?} round={} big={} dot={}", s, matches!(s, Shape::Circle(_)),
            matches!(s, Shape::Rect { w, .. } if *w > 1.0), matches!(*s, Shape::Dot));
    }
    let n = 7;
    println!("{} {}", matches!(n, 1..=9), matches!(n, 0 | 2 | 4 | 6 | 8,));
    println!("{:#?}", shapes);
}
