// panic! with format arguments; locals declared after the panic point are not
// dropped because they never existed.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn check(n: i32) -> i32 {
    let _guard = D("guard");
    if n > 2 {
        panic!("n too big: {} (limit {})", n, 2);
    }
    n * 10
}

fn main() {
    let _first = D("first");
    for i in 0..5 {
        let _iter = D("iteration");
        println!("check({i}) = {}", check(i));
    }
    let _never = D("never made");
}
