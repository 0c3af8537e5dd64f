fn f() -> i32 {
    if true {
        1
    }
}
fn main() { f(); }
