// An array whose length is a named constant.
const N: usize = 3;

fn main() {
    let a = [0u8; N];
    println!("{}", a.len());
}
