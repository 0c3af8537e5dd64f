// i64 multiplication past i64::MAX panics: "attempt to multiply with overflow".
fn square(x: i64) -> i64 {
    x * x
}

fn main() {
    let mut v: i64 = 2;
    loop {
        println!("v = {v}");
        v = square(v);
    }
}
