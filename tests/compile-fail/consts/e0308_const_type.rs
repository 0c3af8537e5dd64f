const FLAG: bool = 1; //~ ERROR E0308

fn main() {
    println!("{}", FLAG);
}
