// An impl must give every associated type its trait declares.
trait Counter {
    type Count;
    fn count(&self) -> i32;
}
struct Clicks;
impl Counter for Clicks { //~ ERROR E0046
    fn count(&self) -> i32 {
        1
    }
}
fn main() {}
