// Drop order of enums whose variants hold Drop values: scope end, reassignment, partial moves in match, scrutinee temporaries.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum E {
    One(D),
    Two(D, D),
    Named { first: D, second: D },
    Empty,
}

fn make(tag: i32) -> E {
    println!("make {}", tag);
    match tag {
        0 => E::Empty,
        1 => E::One(D("tmp-one")),
        _ => E::Two(D("tmp-a"), D("tmp-b")),
    }
}

fn main() {
    {
        let _a = E::Two(D("a1"), D("a2"));
        let _b = E::Named { first: D("b1"), second: D("b2") };
        let _c = E::Empty;
        println!("end of scope 1");
    }
    {
        let mut x = E::One(D("old"));
        println!("reassign");
        x = E::Two(D("new1"), D("new2"));
        println!("reassigned");
        x = E::Empty;
        println!("now empty");
        if let E::Empty = x {
            println!("is empty");
        }
    }
    {
        let e = E::Two(D("kept"), D("left"));
        match e {
            E::Two(d, _) => println!("moved out {}", d.0),
            _ => println!("other"),
        }
        println!("after match");
    }
    {
        let e = E::Named { first: D("f"), second: D("s") };
        if let E::Named { second, .. } = e {
            println!("took {}", second.0);
        }
        println!("after if let");
    }
    match make(2) {
        E::Two(ref a, _) => println!("scrutinee holds {}", a.0),
        _ => {}
    }
    println!("after temporary match");
    let n = match make(1) {
        E::One(_) => 1,
        _ => 0,
    };
    println!("n = {}", n);
    let _ = make(1);
    println!("after let _");
    let _kept = make(0);
    let _d = E::One(D("last local"));
    println!("end of main");
}
