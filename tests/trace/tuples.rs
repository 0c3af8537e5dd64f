// Tuple elements get one row each, named t.0, t.1; destructured bindings are variables of their own.
fn split(pair: (i32, Box<i32>)) -> i32 {
    let (n, boxed) = pair;
    n + *boxed
}

fn main() {
    let t = (1, 'a', true);
    let nested = ((2, 3), 4u8);
    let (x, y) = (10, 20);
    let sum = split((x, Box::new(y)));
    println!("{:?} {:?} {}", t, nested, sum);
}
