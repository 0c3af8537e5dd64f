// eprintln! writes to stderr; the program's stdout and behaviour are unchanged.
fn noisy(n: i32) -> i32 {
    eprintln!("computing for {n}");
    n * 2
}

fn main() {
    println!("start");
    eprintln!("this goes to stderr");
    let v = noisy(21);
    println!("v = {v}");
    eprintln!("{} {:?} {}", true, "debug", 'c');
    println!("end");
}
