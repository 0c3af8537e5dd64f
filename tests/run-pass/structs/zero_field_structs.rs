// Zero-field structs in all three spellings: `struct E {}`, `struct T();`, `struct U;`, with Drop and methods.
struct E {}
struct T();
struct U;

#[derive(Clone, Copy)]
struct Z {}

impl E {
    fn name(&self) -> &'static str {
        "E"
    }
}

impl T {
    fn make() -> T {
        T()
    }
}

impl U {
    fn new() -> Self {
        Self
    }
    fn id(self) -> U {
        self
    }
}

impl Drop for E {
    fn drop(&mut self) {
        println!("drop E");
    }
}

impl Drop for T {
    fn drop(&mut self) {
        println!("drop T");
    }
}

impl Drop for U {
    fn drop(&mut self) {
        println!("drop U");
    }
}

struct Holder {
    e: E,
    t: T,
    z: Z,
    u: Box<U>,
}

fn main() {
    let e = E {};
    println!("{}", e.name());
    let t = T::make();
    let u = U::new().id().id();
    let z = Z {};
    let z2 = z;
    let _ = z;
    let h = Holder { e, t, z: z2, u: Box::new(u) };
    println!("holder built");
    let b = Box::new(E {});
    drop(b);
    let _h = h;
    println!("after moving holder");
    let t2 = T();
    let _moved = t2;
    println!("end");
}
