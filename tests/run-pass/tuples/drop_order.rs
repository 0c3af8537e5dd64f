// Tuples drop their elements in order; a moved-out element is not dropped again; the parts of a
// destructured temporary that no binding takes are dropped at the end of the `let`.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(tag: &'static str) -> (D, D) {
    (D(tag), D("second"))
}

fn main() {
    {
        let _t = (D("a"), D("b"), D("c"));
        println!("end of block 1");
    }
    {
        let t = (D("x"), D("y"));
        let moved = t.1;
        println!("moved {}", moved.0);
    }
    {
        let (a, _) = make("first");
        println!("kept {}", a.0);
    }
    {
        let nested = ((D("n1"), D("n2")), D("n3"));
        let ((p, _), q) = nested;
        println!("bound {} {}", p.0, q.0);
    }
    {
        let boxed = Box::new((D("b1"), D("b2")));
        println!("boxed {}", (*boxed).0 .0);
    }
    make("temp");
    println!("done");
}
