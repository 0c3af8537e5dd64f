// The else block of let-else must leave the block: return, break, continue or panic.
enum E {
    A(i32),
    B,
}
fn main() {
    let e = E::B;
    let E::A(x) = e else { //~ ERROR E0308
        println!("not A");
    };
    println!("{}", x);
}
