const A: i32 = B + 1; //~ ERROR E0391
const B: i32 = A + 1;

fn main() {
    println!("{}", A);
}
