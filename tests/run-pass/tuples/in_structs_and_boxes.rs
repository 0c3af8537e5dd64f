// Tuples inside structs and boxes, tuples of references and of boxes.
struct Segment {
    from: (i32, i32),
    to: (i32, i32),
}

impl Segment {
    fn length_squared(&self) -> i32 {
        let dx = self.to.0 - self.from.0;
        let dy = self.to.1 - self.from.1;
        dx * dx + dy * dy
    }
}

fn largest(values: (Box<i32>, Box<i32>)) -> Box<i32> {
    let (a, b) = values;
    if *a > *b { a } else { b }
}

fn main() {
    let s = Segment { from: (1, 2), to: (4, 6) };
    println!("{} {:?} {:?}", s.length_squared(), s.from, s.to);
    let b = Box::new((10u64, 'z'));
    println!("{:?} {}", *b, b.0);
    let big = largest((Box::new(3), Box::new(8)));
    println!("{}", big);
    let x = 5;
    let y = 6;
    let refs = (&x, &y);
    println!("{:?} {}", refs, *refs.0 + *refs.1);
    let unit_pair = ((), ());
    println!("{:?}", unit_pair);
}
