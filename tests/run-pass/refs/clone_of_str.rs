// .clone() on a &str gives the same &str; jrustc says E0599 "no method named `clone` found for type `&str`".
fn main() {
    let s = "text";
    let t = s.clone();
    println!("{} {}", s, t);
}
