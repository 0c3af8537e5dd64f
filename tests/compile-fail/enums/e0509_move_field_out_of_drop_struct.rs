// A struct with a destructor is dropped whole: its fields cannot be moved out.
struct Name(Box<i32>);
struct Guard {
    name: Name,
    id: i32,
}
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.id);
    }
}
fn main() {
    let g = Guard { name: Name(Box::new(1)), id: 7 };
    let id = g.id; // a copy: allowed
    let n = g.name; //~ ERROR E0509
    println!("{} {}", id, n.0);
}
