// A panic while an array is being built drops the elements made so far, newest first, then the
// variables before it.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: i32) -> D {
    if n == 9 {
        panic!("cannot make {}", n);
    }
    D(n)
}

fn main() {
    let first = [D(1), D(2), D(3)];
    println!("made {}", first.len());
    let second = [make(4), make(5), make(9), make(6)];
    println!("not reached {}", second.len());
}
