// Shadowing hides a value but does not drop it: both live to the scope end.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = D("x1");
    println!("have {}", x.0);
    let x = D("x2");
    println!("have {}", x.0);
    {
        let x = D("x3 in block");
        println!("have {}", x.0);
    }
    println!("end {}", x.0);
}
