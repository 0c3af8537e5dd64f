// Enums of differently sized variants in arrays and struct fields; replacing through &mut and editing fields in place.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Poly { sides: u8, len: f64, closed: bool },
    Point,
}

#[derive(Debug)]
struct Slot {
    id: usize,
    shape: Shape,
}

fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r += 1.0,
        Shape::Rect(w, _) => *w *= 2.0,
        Shape::Poly { sides, .. } => *sides += 1,
        Shape::Point => *s = Shape::Circle(0.5),
    }
}

fn flatten(s: &mut Shape) {
    if let Shape::Rect(w, h) = *s {
        *s = Shape::Poly { sides: 4, len: (w + h) / 2.0, closed: true };
    }
}

fn main() {
    let mut arr = [Shape::Point; 4];
    arr[1] = Shape::Circle(1.0);
    arr[2] = Shape::Rect(2.0, 3.0);
    arr[3] = Shape::Poly { sides: 3, len: 1.5, closed: false };
    println!("{:?}", arr);
    for i in 0..4 {
        grow(&mut arr[i]);
    }
    println!("{:?}", arr);
    flatten(&mut arr[2]);
    println!("{:?}", arr[2]);

    let mut s = Shape::Circle(2.0);
    if let Shape::Circle(r) = &mut s {
        *r += 1.0;
    }
    println!("{:?}", s);
    let e = &mut s;
    *e = Shape::Rect(1.0, 1.0);
    println!("{:?}", s);
    if let Shape::Rect(_, ref mut h) = s {
        *h = 9.0;
    }
    println!("{:?}", s);

    let mut slots = [Slot { id: 0, shape: Shape::Point }, Slot { id: 1, shape: Shape::Rect(4.0, 5.0) }];
    slots[0].shape = Shape::Poly { sides: 6, len: 2.0, closed: true };
    if let Shape::Poly { closed, len, .. } = &mut slots[0].shape {
        *closed = false;
        *len = *len * 3.0;
    }
    match &mut slots[1] {
        Slot { shape: Shape::Rect(w, h), id } => {
            *id += 10;
            let t = *w;
            *w = *h;
            *h = t;
        }
        _ => {}
    }
    for i in 0..2 {
        println!("{:?}", slots[i]);
    }
    println!("{}", slots[0].shape == Shape::Poly { sides: 6, len: 6.0, closed: false });
}
