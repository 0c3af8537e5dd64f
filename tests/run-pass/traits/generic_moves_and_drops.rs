// Generic functions with values that are moved and dropped: T is not Copy, so each instance moves
// it and drops it where Rust would. Two `impl Trait` parameters are two independent types; a
// generic function calls another one; &mut T reaches a trait method taking &mut self.
trait Named {
    fn name(&self) -> &'static str;
    fn rename(&mut self, n: i32);
}

struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop noisy {}", self.0);
    }
}
impl Named for Noisy {
    fn name(&self) -> &'static str {
        "noisy"
    }
    fn rename(&mut self, n: i32) {
        self.0 = n;
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Quiet {
    A,
    B,
}
impl Named for Quiet {
    fn name(&self) -> &'static str {
        match self {
            Quiet::A => "quiet a",
            Quiet::B => "quiet b",
        }
    }
    fn rename(&mut self, _n: i32) {
        *self = Quiet::B;
    }
}

fn both(a: impl Named, b: impl Named) {
    println!("{} and {}", a.name(), b.name());
}

fn keep_second<T: Named>(first: T, second: T) -> T {
    println!("dropping {}", first.name());
    second
}

fn relabel<T: Named>(x: &mut T, n: i32) {
    x.rename(n);
}

fn twice<T: Named>(x: T) -> T {
    let y = keep_second(x, make_like());
    y
}

fn make_like<T: Named>() -> T {
    panic!("never called with an unknown type")
}

fn main() {
    both(Noisy(1), Quiet::A);
    let kept = keep_second(Noisy(2), Noisy(3));
    println!("kept {}", kept.0);
    let mut q = Quiet::A;
    relabel(&mut q, 0);
    println!("{:?}", q);
    let mut n = Noisy(4);
    relabel(&mut n, 40);
    println!("{}", n.0);
    println!("end");
}
