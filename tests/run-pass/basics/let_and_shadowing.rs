// let, let mut, explicit types, shadowing with a new type, and `let x;`
// initialised later on every path.
fn main() {
    let a = 5;
    let mut b = 10;
    b += a;
    println!("a = {a}, b = {b}");

    let c: i64 = -7;
    let d: u8 = 200;
    println!("c = {c}, d = {d}");

    let x = 1;
    println!("x = {x}");
    let x = x + 1;
    println!("x = {x}");
    let x = x > 1;
    println!("x = {x}");
    let x = 'z';
    println!("x = {x}");

    let later;
    if b > 10 {
        later = 100;
    } else {
        later = 200;
    }
    println!("later = {later}");

    let typed_later: u16;
    typed_later = 65535;
    println!("typed_later = {typed_later}");

    let y = 3;
    {
        let y = y * 10;
        println!("inner y = {y}");
    }
    println!("outer y = {y}");
}
