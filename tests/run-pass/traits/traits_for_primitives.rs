// The program's traits implemented for primitive types (i32, bool) next to a struct, used through
// method calls, a generic bound and Trait::method(&x) paths.
trait Describe {
    fn describe(&self) -> &'static str;
    fn twice(&self) -> i32 {
        2
    }
}
impl Describe for i32 {
    fn describe(&self) -> &'static str {
        if *self < 0 { "negative" } else { "non-negative" }
    }
}
impl Describe for bool {
    fn describe(&self) -> &'static str {
        if *self { "yes" } else { "no" }
    }
    fn twice(&self) -> i32 {
        4
    }
}
struct Pt;
impl Describe for Pt {
    fn describe(&self) -> &'static str {
        "point"
    }
}
fn show<T: Describe>(x: T) {
    println!("{} {}", x.describe(), x.twice());
}
fn main() {
    let n: i32 = -3;
    println!("{} {} {}", n.describe(), true.describe(), 7.describe());
    show(5);
    show(false);
    show(Pt);
    println!("{} {}", Describe::describe(&Pt), Describe::twice(&n));
}
