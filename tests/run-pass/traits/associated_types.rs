// Associated types: declared in a trait, given by each impl, used as Self::Count in signatures
// and as C::Count in a generic function, whose instances get each impl's type.
trait Counter {
    type Count;
    fn count(&self) -> Self::Count;
    fn label(&self) -> &'static str {
        "counter"
    }
}
struct Clicks(u32);
impl Counter for Clicks {
    type Count = u32;
    fn count(&self) -> u32 {
        self.0
    }
}
struct Ratio(f64);
impl Counter for Ratio {
    type Count = f64;
    fn count(&self) -> Self::Count {
        self.0 * 2.0
    }
    fn label(&self) -> &'static str {
        "ratio"
    }
}
fn total<C: Counter>(c: &C) -> C::Count {
    println!("counting a {}", c.label());
    c.count()
}
fn main() {
    let a: u32 = total(&Clicks(3));
    let b = total(&Ratio(1.5));
    println!("{} {}", a + 1, b);
    println!("{} {}", Clicks(7).count(), Ratio(0.25).count());
}
