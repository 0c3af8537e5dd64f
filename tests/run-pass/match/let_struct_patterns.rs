// Struct, tuple-struct and reference patterns under let, also nested in tuples.
struct P { x: i32, y: i32 }
struct W(i32);
fn main() {
    let p = P { x: 1, y: 2 };
    let P { x, y } = p;
    let W(z) = W(3);
    let &a = &4;
    let (P { x: q, .. }, b) = (P { x: 5, y: 6 }, 7);
    println!("{} {} {} {} {} {}", x, y, z, a, q, b);
}
