// for over exclusive and inclusive ranges, empty ranges, and typed ranges.
fn main() {
    for i in 0..5 {
        print!("{i} ");
    }
    println!();
    for i in 1..=5 {
        print!("{i} ");
    }
    println!();
    for i in (3..6) {
        print!("{i} ");
    }
    println!();
    for _ in 5..5 {
        println!("never (empty)");
    }
    for _ in 5..3 {
        println!("never (reversed)");
    }
    for i in 7..=7 {
        println!("single {i}");
    }
    let lo: i64 = -3;
    let hi: i64 = 3;
    let mut total = 0;
    for i in lo..hi {
        total += i;
    }
    println!("total = {total}");
    for b in 250u8..=255 {
        print!("{b} ");
    }
    println!();
    let mut sum: u64 = 0;
    for i in 1..=100u64 {
        sum += i;
    }
    println!("sum 1..=100 = {sum}");
    let n = 4;
    for i in 0..n {
        for j in i..n {
            print!("{}{} ", i, j);
        }
    }
    println!();
}
