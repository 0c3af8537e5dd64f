// The chapter's first program: one frame with one binding.
fn main() {
    let x = 42;
}
