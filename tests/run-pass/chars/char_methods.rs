// The char methods jrustc provides: Unicode classes (alphabetic, numeric, whitespace, case,
// control), the ASCII ones, ASCII case mapping and len_utf8, over ASCII and non-ASCII chars.
fn classify(c: char) {
    println!("{:?}: alpha={} num={} alnum={} ws={} up={} low={} ctrl={} ascii={}", c, c.is_alphabetic(),
        c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(), c.is_uppercase(), c.is_lowercase(),
        c.is_control(), c.is_ascii());
    println!("  a_alpha={} a_digit={} a_alnum={} a_up={} a_low={} a_punct={} a_ws={} a_hex={} a_graph={} a_ctrl={}",
        c.is_ascii_alphabetic(), c.is_ascii_digit(), c.is_ascii_alphanumeric(), c.is_ascii_uppercase(),
        c.is_ascii_lowercase(), c.is_ascii_punctuation(), c.is_ascii_whitespace(), c.is_ascii_hexdigit(),
        c.is_ascii_graphic(), c.is_ascii_control());
    println!("  upper={:?} lower={:?} len={}", c.to_ascii_uppercase(), c.to_ascii_lowercase(), c.len_utf8());
}

fn main() {
    let chars = ['a', 'Z', '7', ' ', '\n', '\t', '!', '~', 'é', 'Ω', 'ß', '٣', 'Ⅻ', '½', '\u{a0}', '\u{2003}',
        '\u{7f}', '\u{0b}', '\u{c}', '中', '😀', 'F', 'g', '_'];
    for c in chars {
        classify(c);
    }
    let word = ['H', 'i', '!'];
    let mut count = 0;
    for c in &word {
        if c.is_alphabetic() {
            count += 1;
        }
    }
    println!("{}", count);
}
