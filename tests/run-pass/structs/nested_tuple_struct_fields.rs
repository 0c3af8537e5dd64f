// Nested tuple structs: field chains like a.0.1.0 (lexed as float-like tokens), methods on tuple structs.
#[derive(Clone, Copy)]
struct In(i32, i32);

#[derive(Clone, Copy)]
struct Mid(In, In);

struct Out(Mid, Box<Mid>, u8);

impl In {
    fn sum(&self) -> i32 {
        self.0 + self.1
    }
    fn swap(self) -> In {
        In(self.1, self.0)
    }
}

impl Mid {
    fn first(&self) -> &In {
        &self.0
    }
    fn second_mut(&mut self) -> &mut In {
        &mut self.1
    }
}

impl Out {
    fn total(&self) -> i32 {
        self.0.0.sum() + self.0.1.sum() + self.1.0.sum() + self.1.1.sum() + self.2 as i32
    }
}

fn main() {
    let mut o = Out(Mid(In(1, 2), In(3, 4)), Box::new(Mid(In(5, 6), In(7, 8))), 9);
    println!("{} {} {} {}", o.0.0.0, o.0.0.1, o.0.1.0, o.0.1.1);
    println!("{} {}", o.1.0.1, o.1 .1 .0);
    println!("{}", (o.0).1.1);
    o.0.1.0 = 30;
    o.1.1.1 += 80;
    (*o.1).0.0 -= 5;
    println!("total {}", o.total());
    let s = o.0.0.swap();
    println!("swap {} {}", s.0, s.1);
    o.0.second_mut().1 = 400;
    o.1.second_mut().0 = 700;
    println!("{} {}", o.0.first().sum(), o.1.first().sum());
    println!("{} {}", o.0.1.1, o.1.1.0);
    let m: Mid = *o.1;
    let n = m;
    println!("{} {}", m.0.0, n.1.1);
    println!("total {}", o.total());
}
