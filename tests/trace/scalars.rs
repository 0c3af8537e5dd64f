// Values print as {:?} prints them: chars quoted, bools, unsigned and negative numbers, &str as
// its two cells (address of the bytes, length).
fn describe(c: char, flag: bool, big: u64, small: i8, s: &str) -> usize {
    s.len()
}

fn main() {
    let c = '\n';
    let flag = false;
    let big = u64::MAX;
    let small: i8 = -128;
    let s = "héllo";
    let n = describe(c, flag, big, small, s);
    println!("{}", n);
}
