// Every compound assignment operator, on locals, fields and through references.
struct Counter {
    value: i64,
}

fn bump(r: &mut i32) {
    *r += 10;
    *r *= 2;
}

fn main() {
    let mut x = 100;
    x += 5;
    println!("{x}");
    x -= 15;
    println!("{x}");
    x *= 3;
    println!("{x}");
    x /= 4;
    println!("{x}");
    x %= 7;
    println!("{x}");
    x <<= 4;
    println!("{x}");
    x >>= 2;
    println!("{x}");
    x &= 0b1110;
    println!("{x}");
    x |= 0b1;
    println!("{x}");
    x ^= 0xff;
    println!("{x}");

    let mut c = Counter { value: 1 };
    c.value += 41;
    c.value <<= 1;
    println!("counter = {}", c.value);

    let mut y = 1;
    bump(&mut y);
    println!("y = {y}");

    let mut flag = true;
    flag &= false;
    println!("flag = {flag}");
    flag |= true;
    println!("flag = {flag}");
    flag ^= true;
    println!("flag = {flag}");
}
