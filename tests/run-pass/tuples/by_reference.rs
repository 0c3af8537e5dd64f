// Destructuring through a reference binds by reference (match ergonomics).
fn describe(pair: &(i32, &'static str)) -> i32 {
    let (n, name) = pair;
    println!("{} is {}", name, n);
    *n * 2
}

fn bump(pair: &mut (i32, i32)) {
    let (a, b) = pair;
    *a += 1;
    *b += 10;
}

fn main() {
    let p = (21, "twenty-one");
    println!("{}", describe(&p));
    let mut q = (1, 2);
    bump(&mut q);
    bump(&mut q);
    println!("{:?}", q);
    let nested = &((1, 2), 3);
    let ((x, y), z) = nested;
    println!("{} {} {}", x, y, z);
    let r: &(bool, char) = &(true, 'c');
    let (flag, letter) = r;
    println!("{:?} {:?}", flag, letter);
}
