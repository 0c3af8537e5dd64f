// An associated type no bound of the parameter declares.
trait Counter {
    type Count;
}
fn total<C: Counter>(c: &C) -> C::Total { //~ ERROR E0220
    loop {}
}
fn main() {}
