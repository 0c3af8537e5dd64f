// unsupported: the standard library's method
// Trait methods from the prelude that rustc accepts. jrustc reports them as if they did not exist instead of
// "not supported": `5u32.into()` -> E0599 "no method named `into` found for type `u32`";
// `Default::default()` -> E0433 "use of undeclared type `Default`"; `Box::new(5).as_ref()` -> E0599.
// (u64::from, i32::default, 5u8.max(3) are correctly refused with "not supported by jrustc".)
fn main() {
    let x: u64 = 5u32.into();
    println!("{}", x);
}
