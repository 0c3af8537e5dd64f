// u8 multiplication panics, also in *=.
fn main() {
    let mut f: u8 = std::hint::black_box(1);
    let mut k: u8 = 1;
    while k < 10 {
        f *= k;
        println!("{k}! = {f}");
        k += 1;
    }
}
