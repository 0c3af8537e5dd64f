// The chapter's "Arguments and borrowing": y and i point at x.
fn foo(i: &i32) {
    let z = 42;
}

fn main() {
    let x = 5;
    let y = &x;

    foo(y);
}
