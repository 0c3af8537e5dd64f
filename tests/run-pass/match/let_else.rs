// let-else: the bindings are the block's variables; the initializer's temporaries drop at the end
// of the statement, before the else block runs or the block goes on.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { D(n) }
enum E { A(D, i32), B }
fn f(e: E) -> i32 {
    let E::A(d, n) = e else {
        println!("else");
        return -1;
    };
    println!("got {} {}", d.0, n);
    n
}
fn g(n: i32) -> i32 {
    let 1 = make(n).0 else {
        println!("else {}", n);
        return 0;
    };
    println!("then {}", n);
    1
}
fn main() {
    println!("{}", f(E::A(D(5), 6)));
    println!("{}", f(E::B));
    println!("{}", g(1));
    println!("{}", g(2));
    let (a, 3) = (D(7), 3) else { panic!() };
    println!("a {}", a.0);
}
