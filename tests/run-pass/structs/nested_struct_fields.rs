// Structs inside structs: reading and writing nested fields, moving a field's
// Copy value out, and tuple structs wrapping structs.
#[derive(Clone, Copy)]
struct Vec2 {
    x: i64,
    y: i64,
}

struct Body {
    pos: Vec2,
    vel: Vec2,
    name: &'static str,
}

struct Wrapper(Body);

fn step(b: &mut Body) {
    b.pos.x += b.vel.x;
    b.pos.y += b.vel.y;
}

fn main() {
    let mut b = Body { pos: Vec2 { x: 0, y: 0 }, vel: Vec2 { x: 2, y: -1 }, name: "probe" };
    for _ in 0..3 {
        step(&mut b);
    }
    println!("{} at ({}, {})", b.name, b.pos.x, b.pos.y);
    let saved = b.pos;
    b.pos.x = 1000;
    println!("saved = ({}, {}), now x = {}", saved.x, saved.y, b.pos.x);
    let mut w = Wrapper(b);
    w.0.vel.y = 5;
    step(&mut w.0);
    println!("{} at ({}, {})", w.0.name, w.0.pos.x, w.0.pos.y);
}
