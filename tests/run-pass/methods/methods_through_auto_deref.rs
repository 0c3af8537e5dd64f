// Method calls auto-ref and auto-deref the receiver: through &T, &&T,
// &mut T, Box<T> and &Box<T>.
struct Acc {
    total: i64,
}

impl Acc {
    fn new() -> Acc {
        Acc { total: 0 }
    }

    fn add(&mut self, v: i64) {
        self.total += v;
    }

    fn total(&self) -> i64 {
        self.total
    }
}

fn read_ref_ref(a: &&Acc) -> i64 {
    a.total()
}

fn read_box_ref(a: &Box<Acc>) -> i64 {
    a.total()
}

fn add_through(a: &mut Acc) {
    a.add(1000);
}

fn main() {
    let mut a = Acc::new();
    a.add(5);
    let r = &a;
    println!("{} {}", r.total(), read_ref_ref(&r));
    let m = &mut a;
    m.add(1);
    add_through(m);
    println!("a = {}", a.total());
    let mut b = Box::new(Acc::new());
    b.add(7);
    add_through(&mut b);
    println!("b = {} {}", b.total(), read_box_ref(&b));
    let mut bb = Box::new(Box::new(Acc { total: -1 }));
    bb.add(2);
    println!("bb = {}", bb.total());
}
