// Comparison operators on integers (signed and unsigned), bool and char.
fn compare(a: i64, b: i64) {
    println!("{a} vs {b}: == {} != {} < {} <= {} > {} >= {}",
        a == b, a != b, a < b, a <= b, a > b, a >= b);
}

fn main() {
    compare(1, 2);
    compare(5, 5);
    compare(-3, -10);
    compare(i64::MIN, i64::MAX);
    let big: u64 = u64::MAX;
    let one: u64 = 1;
    println!("{}", big > one);
    println!("{}", false < true);
    println!("{}", true == true);
    println!("{}", 'a' < 'b');
    println!("{}", 'Z' < 'a');
    println!("{}", 'é' > 'z');
    let m: u8 = 200;
    let n: u8 = 100;
    println!("{}", m > n);
    println!("{}", (m as i8) > (n as i8));
}
