// A failing assert! prints its condition; rustc keeps a string literal's text exactly ("a  b", and a newline
// inside the literal); jrustc collapses the whitespace inside the literal too ("a b"). Same root as round 1's
// assert_message_spacing.rs, but here the literal's content itself is altered.
fn main() {
    let s = std::hint::black_box("q");
    assert!(s == "a  b");
}
