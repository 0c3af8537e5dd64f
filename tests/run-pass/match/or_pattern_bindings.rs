// Bindings in or-patterns: whichever alternative matches gives the variable its value, also
// through a reference and under a guard.
fn which(t: (i32, i32)) -> i32 {
    match t {
        (b, 0) | (0, b) => b,
        (x, y) if x == y => x * 100,
        _ => -1,
    }
}

fn main() {
    println!("{} {} {} {}", which((7, 0)), which((0, 9)), which((4, 4)), which((1, 2)));
    let pairs = [(1, 'a'), (2, 'b'), (3, 'c')];
    for p in &pairs {
        match p {
            (1, c) | (3, c) => println!("odd {}", c),
            (n, _) => println!("other {}", n),
        }
    }
}
