// A &i32 cannot be compared with an integer: there is no `&i32 == {integer}`.
fn main() {
    let a = 3;
    let r = &a;
    if r == 3 { //~ ERROR E0277
        println!("three");
    }
}
