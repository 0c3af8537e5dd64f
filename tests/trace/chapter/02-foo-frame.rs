// The chapter: main() calls foo(), whose frame sits on top of main's.
fn foo() {
    let y = 5;
    let z = 100;
}

fn main() {
    let x = 42;

    foo();
}
