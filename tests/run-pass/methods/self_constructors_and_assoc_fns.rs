// Self { .. } and Self(..), associated functions that call each other, fields and methods of the same name.
#[derive(Clone, Copy)]
struct Meters(i64);

#[derive(Clone, Copy)]
struct Rect {
    width: Meters,
    height: Meters,
}

impl Meters {
    fn new(v: i64) -> Self {
        Self(v)
    }
    fn zero() -> Self {
        Self::new(0)
    }
    fn double(self) -> Self {
        Self(self.0 * 2)
    }
    fn add(self, other: Meters) -> Meters {
        Meters::new(self.0 + other.0)
    }
    fn value(&self) -> i64 {
        self.0
    }
}

impl Rect {
    fn new(w: i64, h: i64) -> Self {
        Self { width: Meters::new(w), height: Meters(h) }
    }
    fn square(side: i64) -> Self {
        Self::new(side, side)
    }
    fn unit() -> Self {
        Self::square(1)
    }
    fn empty() -> Rect {
        Rect { width: Meters::zero(), height: Meters::zero() }
    }
    fn width(&self) -> i64 {
        self.width.value() * 100
    }
    fn height(self) -> Meters {
        self.height.double()
    }
    fn area(&self) -> i64 {
        self.width.0 * self.height.0
    }
    fn grow(&mut self, by: Meters) -> &mut Self {
        self.width = self.width.add(by);
        self.height = self.height.add(by);
        self
    }
    fn perimeter(&self) -> i64 {
        let w = self.width;
        let h = self.height;
        w.add(h).double().value()
    }
}

fn main() {
    let mut r = Rect::new(3, 4);
    println!("field width = {}, method width = {}", r.width.0, r.width());
    println!("field height = {}, method height = {}", r.height.0, r.height().0);
    println!("area = {} perimeter = {}", r.area(), r.perimeter());
    r.grow(Meters(1)).grow(Meters::new(2)).grow(Meters::zero().add(Meters(1)));
    println!("after grow {} x {}", r.width.value(), r.height.value());
    let u = Rect::unit();
    let e = Rect::empty();
    let s = Rect::square(5);
    println!("unit {} empty {} square {}", u.area(), e.area(), s.area());
    let copy = r;
    r.grow(Meters(100));
    println!("copy {} r {}", copy.area(), r.area());
    let m = Meters::new(21).double();
    println!("m = {}", m.0);
    println!("{}", Rect::new(2, 3).height().double().value());
}
