#[derive(Clone, Copy)]
struct A { b: B }
#[derive(Clone, Copy)]
struct B { x: i32 }
fn main() { let a = A { b: B { x: 1 } }; let c = a; println!("{} {}", a.b.x, c.b.x); }
