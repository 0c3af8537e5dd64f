struct W(i32, i32);

fn main() {
    let w = W(1, 2);
    match w {
        W(a) => println!("{}", a), //~ ERROR E0023
    }
}
