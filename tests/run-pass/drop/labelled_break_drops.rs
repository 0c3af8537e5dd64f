// A labelled break or continue drops the locals of every loop it leaves.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    'outer: for i in 0..3 {
        let _o = D("outer body");
        for j in 0..3 {
            let _inner = D("inner body");
            if j == 1 && i == 0 {
                println!("continue 'outer at {i},{j}");
                continue 'outer;
            }
            if i == 1 {
                println!("break 'outer at {i},{j}");
                break 'outer;
            }
            println!("body {i},{j}");
        }
    }
    println!("done");
}
