// u8 subtraction below zero panics: "attempt to subtract with overflow".
fn countdown(start: u8) {
    let mut n = start;
    loop {
        println!("n = {n}");
        n = n - 1;
    }
}

fn main() {
    countdown(3);
}
