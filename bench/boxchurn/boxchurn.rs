// Box-heavy workload: ten million short-lived heap allocations of a
// four-field struct, each moved through one function, borrowed by another,
// read, and dropped at the end of its loop iteration.
// The checksum stays below 31 * 1_000_000_007 + 40_000_000, far inside i64,
// so debug builds (overflow checks on) never panic.

struct Quad {
    a: i64,
    b: i64,
    c: i64,
    d: i64,
}

// Takes the box by value, changes it in place and gives it back.
fn adjust(mut q: Box<Quad>) -> Box<Quad> {
    q.b = q.b + q.a % 3;
    q.d = q.d * 2;
    q
}

fn sum(q: &Quad) -> i64 {
    q.a + q.b + q.c + q.d
}

fn main() {
    let n: i64 = std::hint::black_box(10_000_000);
    let mut checksum: i64 = 0;
    for i in 0..n {
        let quad = Box::new(Quad { a: i, b: i % 1000, c: 7, d: n - i });
        let quad = adjust(quad);
        let s = sum(&quad);
        checksum = (checksum * 31 + s + quad.b) % 1_000_000_007;
    }
    println!("boxchurn({}) = {}", n, checksum);
}
