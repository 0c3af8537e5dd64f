// assert_eq! on two unit values: rustc accepts (() implements PartialEq and Debug); jrustc says E0369.
fn work() {
    println!("working");
}

fn main() {
    assert_eq!(work(), ());
    println!("{}", () == ());
    println!("ok");
}
