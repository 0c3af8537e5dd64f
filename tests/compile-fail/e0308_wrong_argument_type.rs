// An argument's type must match the parameter's.
fn double(n: i64) -> i64 {
    n * 2
}

fn main() {
    let r = double('x'); //~ ERROR E0308
    println!("{r}");
}
