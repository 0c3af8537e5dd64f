struct A { x: i32, y: i32 }
struct B { x: i32, y: i32 }
fn main() {
    let b = B { x: 1, y: 2 };
    let a = A { x: 5, ..b }; //~ ERROR E0308
    println!("{} {}", a.x, a.y);
}
