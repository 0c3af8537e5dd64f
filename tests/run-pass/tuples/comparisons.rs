// Tuples compare element by element: == stops at the first difference, < is lexicographic;
// references and boxes compare what they point to; assert_eq! prints both tuples with {:?}.
fn main() {
    let a = (1, 2);
    let b = (1, 3);
    println!("{} {} {} {} {} {}", a == b, a != b, a < b, a <= b, a > b, a >= b);
    let c = ((1, 'a'), "x", true);
    let d = ((1, 'a'), "x", true);
    println!("{} {} {} {}", c == d, c < d, c <= d, c != d);
    let e = ((1, 'b'), "a", false);
    println!("{} {} {}", c < e, e > c, c >= e);
    assert_eq!(a, (1, 2));
    assert_ne!(a, b);
    let r = &a;
    let bx = Box::new((1, 2));
    println!("{} {}", r == &(1, 2), *bx == a);
    println!("{}", (1u8,) < (2u8,));
    assert_eq!(c, d, "tuples differ");
    assert_eq!((1, "two"), (1, "three"), "custom {}", 5);
}
