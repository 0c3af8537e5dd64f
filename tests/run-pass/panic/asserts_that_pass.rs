// Passing assertions of every kind print nothing and do not stop the program.
fn main() {
    let a = std::hint::black_box(5u64);
    assert!(a == 5);
    assert!(a > 1, "a = {}", a);
    assert_eq!(a, 5);
    assert_eq!(a * 2, 10, "doubling");
    assert_ne!(a, 6);
    assert_ne!("one", "two");
    assert_eq!(true, a % 5 == 0);
    assert_eq!('c', 'c');
    let r = &a;
    assert_eq!(*r, 5);
    println!("all assertions passed");
}
