// unsupported: cfg!
// cfg!(debug_assertions) (and stringify!(x) with an undefined x) are valid; jrustc resolves the tokens inside
// the unsupported macro as an expression first and reports E0425 "cannot find value `debug_assertions`"
// instead of "`cfg!` is not supported by jrustc" (which it does say for cfg!(test) when a local `test` exists).
fn main() {
    println!("{}", cfg!(debug_assertions));
}
