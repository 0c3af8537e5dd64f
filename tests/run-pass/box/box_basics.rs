// Box::new puts a value on the heap; *b reads and writes it.
fn main() {
    let b = Box::new(5);
    println!("b = {b}, *b = {}", *b);
    let sum = *b + 10;
    println!("sum = {sum}");
    let mut m = Box::new(100u64);
    *m += 1;
    println!("m = {m}");
    *m = *m * 2;
    println!("m = {}", *m);
    let flag = Box::new(true);
    if *flag {
        println!("boxed bool is true");
    }
    let c = Box::new('ß');
    println!("c = {c} {c:?}");
    let s = Box::new("boxed text");
    println!("s = {s} {s:?}");
    let copy_out = *b;
    println!("copy_out = {copy_out}, b still = {b}");
}
