fn main() {
    let x = 5;
    const C: i32 = x + 1; //~ ERROR E0435
    println!("{}", C);
}
