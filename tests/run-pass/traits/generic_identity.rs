// A generic function and a generic struct.
struct Wrapper<T> {
    inner: T,
}

fn first<T>(a: T, _b: T) -> T {
    a
}

fn main() {
    let w = Wrapper { inner: 5u8 };
    println!("{} {}", w.inner, first(1, 2));
}
