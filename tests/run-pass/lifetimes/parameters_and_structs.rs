// Lifetime parameters on functions, structs and impls, and lifetime arguments: accepted and
// erased (checking them is the borrow checker's job).
struct View<'a> {
    value: &'a i32,
    label: &'a str,
}

impl<'a> View<'a> {
    fn get(&self) -> &'a i32 {
        self.value
    }
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn first<'a, 'b>(x: &'a i32, _y: &'b i32) -> &'a i32 {
    x
}

fn show(v: &View) -> i32 {
    *v.value
}

fn show2(v: &View<'_>) -> i32 {
    *v.get() + 1
}

fn main() {
    let n = 5;
    let m = 6;
    let v = View { value: &n, label: "five" };
    println!("{} {} {}", longest("hello", "hi"), first(&n, &m), v.label);
    println!("{} {}", show(&v), show2(&v));
    let s: &'static str = "static";
    println!("{}", s);
}
