// Edition 2024: the temporaries of an `if let` scrutinee live through the then block but are
// dropped before the else block; a match keeps them until the match ends.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(n: i32) -> D {
    D(n)
}
fn main() {
    if let 1 = make(1).0 {
        println!("then 1");
    } else {
        println!("else 1");
    }
    if let 1 = make(2).0 {
        println!("then 2");
    } else {
        println!("else 2");
    }
    if let 7 = make(4).0 {
        println!("then 4");
    } else if let 5 = make(5).0 {
        println!("then 5");
    } else {
        println!("else 5");
    }
    let x = if let 6 = make(6).0 { 60 } else { 0 };
    println!("x = {}", x);
    match make(3).0 {
        3 => println!("arm 3"),
        _ => println!("other"),
    }
    let mut n = 0;
    while let 0 | 1 | 2 = make(10 + n).0 - 10 {
        println!("loop {}", n);
        n += 1;
    }
    println!("end");
}
