// Arrays: literals, [x; N], indexing (also through references and nested), len, for over
// an array, &array and &mut array, tuple patterns in for, and the bounds-check panic.
fn sum(a: [i32; 4]) -> i32 {
    let mut total = 0;
    for x in a {
        total += x;
    }
    total
}

fn main() {
    let mut a = [1, 2, 3, 4];
    a[0] = 10;
    let b = [7u8; 3];
    println!("{} {} {} {}", a[0], a[3], b[2], a.len());
    println!("{}", sum(a));
    let r = &a;
    println!("{}", r[1] + r.len() as i32);
    for x in &b {
        print!("{} ", x);
    }
    println!();
    let mut m = [0i64; 5];
    for x in &mut m {
        *x += 3;
    }
    let mut i = 0;
    while i < m.len() {
        m[i] *= i as i64;
        i += 1;
    }
    println!("{} {}", m[4], m[1]);
    let grid = [[1, 2], [3, 4]];
    println!("{}", grid[1][0]);
    let pairs = [(1, 'a'), (2, 'b')];
    for (n, c) in pairs {
        print!("{}{} ", n, c);
    }
    for (n, c) in &pairs {
        print!("{}{} ", n, c);
    }
    println!();
    println!("{}", pick(&a, 7 % 4));
    println!("{}", pick(&a, 7));
}

fn pick(a: &[i32; 4], i: usize) -> i32 {
    a[i]
}
