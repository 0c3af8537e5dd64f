// Field access sees through &T, &&T, &mut T, Box<T> and &Box<T>.
struct P {
    x: i32,
    y: i32,
}

fn through_ref(p: &P) -> i32 {
    p.x + p.y
}

fn through_ref_ref(p: &&P) -> i32 {
    p.x * p.y
}

fn through_box_ref(p: &Box<P>) -> i32 {
    p.x - p.y
}

fn through_mut(p: &mut P) {
    p.x += 100;
}

fn main() {
    let p = P { x: 3, y: 4 };
    let r = &p;
    let rr = &r;
    println!("{} {} {}", r.x, rr.y, rr.x + r.y);
    println!("{} {}", through_ref(r), through_ref_ref(rr));
    let mut b = Box::new(P { x: 10, y: 20 });
    println!("{} {}", b.x, b.y);
    b.y = 2;
    println!("{}", through_box_ref(&b));
    through_mut(&mut b);
    println!("b.x = {}", b.x);
    let mut q = P { x: 0, y: 0 };
    let mq = &mut q;
    mq.y = 9;
    through_mut(mq);
    println!("q = {} {}", q.x, q.y);
    let bb = Box::new(Box::new(P { x: 5, y: 6 }));
    println!("bb.x = {}, bb.y = {}", bb.x, bb.y);
}
