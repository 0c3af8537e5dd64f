// {:?} and {} of the 256 chars `u8 as char` can produce.
fn main() {
    let mut i: u32 = 0;
    while i < 256 {
        let c = i as u8 as char;
        print!("{:?}", c);
        if i % 16 == 15 {
            println!();
        }
        i += 1;
    }
    let mut j: u32 = 0;
    while j < 256 {
        let c = j as u8 as char;
        print!("{}", c);
        if j % 32 == 31 {
            println!();
        }
        j += 1;
    }
}
