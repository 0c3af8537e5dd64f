#[derive(Default, Debug, Clone, PartialEq)]
struct S { h: &'static str, n: (i32, &'static str), o: Option<&'static str> }
fn main() {
    let s = S::default();
    println!("{:?} {} {}", s, s.h.len(), s.h.is_empty());
    let mut t = S { h: "x", n: (1, "y"), o: Some("z") };
    let old = std::mem::take(&mut t);
    println!("{:?} {:?} {}", old, t, t == S::default());
    let u: (&str, [&str; 2]) = Default::default();
    println!("{:?}", u);
}
