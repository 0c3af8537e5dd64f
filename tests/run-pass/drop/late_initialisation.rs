// `let x;` initialised on some paths drops only where it was initialised.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn maybe(init: bool) {
    let _first = D("first");
    let later;
    if init {
        later = D("later");
        println!("initialised {}", later.0);
    }
    println!("end maybe({init})");
}

fn main() {
    maybe(true);
    maybe(false);
    let chosen;
    let flag = std::hint::black_box(true);
    if flag {
        chosen = D("then");
    } else {
        chosen = D("else");
    }
    println!("chosen {}", chosen.0);
}
