struct Inner {
    v: i32,
}

#[derive(Debug)]
struct Outer {
    inner: Inner, //~ ERROR E0277
}

fn main() {
    let o = Outer { inner: Inner { v: 1 } };
    println!("{}", o.inner.v);
}
