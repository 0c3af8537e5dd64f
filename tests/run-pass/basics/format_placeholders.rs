// {}, {:?} and {name} on integers, bool, char, &str, and on references and
// boxes to them.
fn main() {
    let n = -12;
    let b = true;
    let c = 'q';
    let s = "text";
    println!("{} {} {} {}", n, b, c, s);
    println!("{:?} {:?} {:?} {:?}", n, b, c, s);
    println!("{n} {b} {c} {s}");
    println!("{n:?} {b:?} {c:?} {s:?}");

    let rn = &n;
    let rrn = &rn;
    let bn = Box::new(99u8);
    let bs = Box::new("boxed str");
    println!("{} {} {} {}", rn, rrn, bn, bs);
    println!("{:?} {:?} {:?} {:?}", rn, rrn, bn, bs);
    println!("{rn} {rrn} {bn} {bs:?}");

    let mut m = 5;
    let rm = &mut m;
    *rm += 1;
    println!("through &mut: {rm}");
    println!("mixed {} and {n} and {:?}", 1, 'x');
}
