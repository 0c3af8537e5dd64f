// A unit struct is a value, not a constructor function: Marker() is a call of a non-function.
struct Marker;
fn main() {
    let m = Marker(); //~ ERROR E0618
}
