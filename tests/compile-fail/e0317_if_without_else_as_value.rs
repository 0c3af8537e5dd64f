// An if without else has type (), so it cannot produce an i32 (E0317, the
// if-specific form of a type mismatch).
fn main() {
    let flag = true;
    let x: i32 = if flag { 5 }; //~ ERROR E0317
    println!("{x}");
}
