// print! of partial lines interleaved with eprint!, then a panic in the middle of a line.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        print!("[drop {}]", self.0);
        eprint!("<e-drop {}>", self.0);
    }
}

fn main() {
    print!("a");
    eprint!("x");
    print!("b\n");
    eprint!("y\n");
    print!("partial ");
    eprintln!("err line");
    print!("more ");
    let _d = D("one");
    let _e = D("two");
    print!("before panic ");
    let v = std::hint::black_box(0u32);
    print!("{}", 10 / v);
    println!("never");
}
