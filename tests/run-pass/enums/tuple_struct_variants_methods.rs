// Tuple, struct and unit variants; methods taking self, &self, &mut self; Self::Variant in patterns and constructors.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Dot,
}

impl Shape {
    fn square(side: f64) -> Self {
        Self::Rect { w: side, h: side }
    }

    fn area(&self) -> f64 {
        match self {
            Self::Circle(r) => 3.0 * r * r,
            Self::Rect { w, h } => w * h,
            Self::Triangle(a, b, c) => {
                let s = (a + b + c) / 2.0;
                s * (s - a) * (s - b) * (s - c)
            }
            Self::Dot => 0.0,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Shape::Circle(_) => "circle",
            Shape::Rect { w, h } if w == h => "square",
            Shape::Rect { .. } => "rect",
            Shape::Triangle(..) => "triangle",
            Shape::Dot => "dot",
        }
    }

    fn scale(&mut self, k: f64) {
        match self {
            Shape::Circle(r) => *r *= k,
            Shape::Rect { w, h } => {
                *w *= k;
                *h *= k;
            }
            Shape::Triangle(a, b, c) => {
                *a *= k;
                *b *= k;
                *c *= k;
            }
            Shape::Dot => {}
        }
    }

    fn into_dot(self) -> Shape {
        Self::Dot
    }
}

fn main() {
    let mut shapes = [
        Shape::Circle(1.5),
        Shape::Rect { w: 2.0, h: 3.0 },
        Shape::square(4.0),
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Dot,
    ];
    for i in 0..5 {
        println!("{} area {}", shapes[i].name(), shapes[i].area());
    }
    for i in 0..5 {
        shapes[i].scale(2.0);
    }
    for i in 0..5 {
        println!("{:?} -> {}", shapes[i], shapes[i].area());
    }
    let d = shapes[0].into_dot();
    println!("{:?} {:?}", d, shapes[0]);
}
