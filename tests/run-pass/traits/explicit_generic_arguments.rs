// Explicit type arguments of generic functions (`f::<T>`), `_` among them, and `let x: _`.
use std::fmt::Debug;
fn id<T>(x: T) -> T { x }
fn pair<A: Debug, B: Debug + Default>(a: A) -> (A, B) { (a, B::default()) }
fn zero<T: Default + Debug>() -> T { let z = T::default(); println!("zero {:?}", z); z }
fn size_of_val<T: Clone>(v: &T) -> T { v.clone() }
fn main() {
    let a = id::<u8>(200);
    let b = id::<i64>(-5);
    let c = pair::<bool, u16>(true);
    let d = pair::<_, (i32, char)>(1.5);
    println!("{} {} {:?} {:?}", a, b, c, d);
    println!("{}", zero::<i32>() + zero::<i32>());
    let e: (u8, bool) = zero::<(u8, bool)>();
    println!("{:?} {:?}", e, size_of_val::<Option<i8>>(&Some(3)));
    println!("{}", id::<f32>(0.1) as f64);
    let f: _ = id::<char>('x');
    println!("{}", f);
    later();
}
fn show<T: Debug>(a: T, b: impl Debug) { println!("{:?} {:?}", a, b); }
fn later() {
    show::<u64>(7, 'c');
    show::<(bool, i8)>((true, -1), [1u8, 2]);
}
