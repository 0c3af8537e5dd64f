// ? on a bare None: its Option's type parameter is never used (rustc's fallback makes it ()).
fn f() -> Option<i32> { None?; Some(1) }
fn main() { println!("{:?}", f()); }
