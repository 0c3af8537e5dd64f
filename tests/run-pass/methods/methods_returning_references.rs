// Methods that return references into self, chained field and method access.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

struct Segment {
    a: Point,
    b: Point,
    label: &'static str,
}

struct Shape {
    main: Segment,
    extra: Box<Segment>,
    count: u32,
}

impl Point {
    fn x(&self) -> &i32 {
        &self.x
    }
    fn x_mut(&mut self) -> &mut i32 {
        &mut self.x
    }
    fn y(&self) -> i32 {
        self.y
    }
}

impl Segment {
    fn start(&self) -> &Point {
        &self.a
    }
    fn end_mut(&mut self) -> &mut Point {
        &mut self.b
    }
    fn label(&self) -> &'static str {
        self.label
    }
    fn len2(&self) -> i32 {
        let dx = self.b.x - self.a.x;
        let dy = self.b.y - self.a.y;
        dx * dx + dy * dy
    }
}

impl Shape {
    fn main(&self) -> &Segment {
        &self.main
    }
    fn extra(&mut self) -> &mut Segment {
        self.count += 1;
        &mut self.extra
    }
    fn count(&self) -> &u32 {
        &self.count
    }
}

fn main() {
    let mut s = Shape {
        main: Segment { a: Point { x: 1, y: 2 }, b: Point { x: 4, y: 6 }, label: "main" },
        extra: Box::new(Segment { a: Point { x: 0, y: 0 }, b: Point { x: 1, y: 1 }, label: "extra" }),
        count: 0,
    };
    println!("{}", s.main().start().x());
    println!("{}", *s.main().start().x() + 10);
    println!("{}", s.main().start().y());
    println!("{}", s.main().label().len());
    println!("{}", s.main().len2());
    *s.extra().end_mut().x_mut() = 10;
    *s.extra().end_mut().x_mut() += 5;
    s.extra().end_mut().y = 20;
    println!("extra end = {} {}", s.extra.b.x, s.extra.b.y);
    println!("extra len2 = {}", s.extra().len2());
    println!("count = {}", s.count());
    let c: &u32 = s.count();
    let c2 = *c;
    println!("c2 = {c2} label = {}", s.extra().label());
    let p: Point = *s.main().start();
    let mut q = p;
    *q.x_mut() = 99;
    println!("p.x = {} q.x = {} main.a.x = {}", p.x, q.x, s.main.a.x);
    let r = &s;
    println!("{:?} {:?}", r.main.b.x, r.main().start().x());
}
