// References to fields, and writing a field through &mut.
struct Rect {
    w: u32,
    h: u32,
}

fn grow(side: &mut u32, by: u32) {
    *side += by;
}

fn area(r: &Rect) -> u32 {
    r.w * r.h
}

fn main() {
    let mut r = Rect { w: 3, h: 5 };
    let w = &r.w;
    println!("w = {w}");
    grow(&mut r.h, 10);
    println!("h = {}", r.h);
    let rr = &mut r;
    rr.w = 4;
    grow(&mut rr.w, 1);
    println!("area = {}", area(&r));
    let hr = &r.h;
    let copy = *hr;
    println!("copy = {copy}");
}
