// Temporaries of a for range live for the whole loop; those of a while condition die before each body.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn mk(s: &'static str) -> D {
    println!("make {}", s);
    D(s)
}
fn len(d: &D) -> usize {
    println!("len {}", d.0);
    d.0.len()
}

fn main() {
    for i in 0..len(&mk("range")) - 3 {
        let _body = mk("body");
        println!("i {}", i);
    }
    println!("after for");
    let mut k = 0;
    while k < len(&mk("cond")) - 4 {
        k += 1;
    }
    println!("end");
}
