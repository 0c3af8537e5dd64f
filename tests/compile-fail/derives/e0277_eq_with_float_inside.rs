// derive(Eq) and derive(Ord) need every field to have total equality and order: no floats
// anywhere inside, and no struct that only derives PartialEq.
#[derive(PartialEq)]
struct P {
    a: i32,
}
#[derive(PartialEq, Eq)]
struct S {
    a: (i32, f32), //~ ERROR E0277
    p: P, //~ ERROR E0277
}
#[derive(PartialEq, Eq, PartialOrd)]
struct T([Box<f64>; 2]); //~ ERROR E0277
fn main() {}
