// main takes no parameters.
fn main(n: i32) { //~ ERROR E0580
    println!("{n}");
}
