fn side(tag: &'static str) -> i32 { println!("evaluated {}", tag); 1 }
fn main() {
    let x = std::hint::black_box(1);
    assert!(x == 1, "assert {}", side("assert"));
    assert_eq!(x, 1, "assert_eq {}", side("assert_eq"));
    assert_ne!(x, 2, "assert_ne {}", side("assert_ne"));
    println!("end");
}
