// &str comparisons are byte-wise on UTF-8: a supplementary-plane char sorts after U+FFFF.
fn cmp(a: &str, b: &str) {
    println!("{:?} < {:?}: {}  == {}  > {}  <= {}", a, b, a < b, a == b, a > b, a <= b);
}

fn main() {
    cmp("\u{ffff}", "\u{10000}");
    cmp("\u{e000}", "\u{1f600}");
    cmp("a\u{fffd}", "a\u{10ffff}");
    cmp("\u{ff}", "\u{100}");
    cmp("abc", "abd");
    cmp("ab", "abc");
    cmp("", "a");
    cmp("Z", "a");
    cmp("é", "z");
    println!("{} {} {}", "\u{10000}".len(), "é".len(), "日本".len());
    println!("{}", '\u{ffff}' < '\u{10000}');
    println!("{}", "\u{1f600}" >= "\u{ffff}");
    let s: &str = "\u{10000}";
    let t: &str = "\u{ffff}";
    if s > t { println!("supplementary is greater"); } else { println!("supplementary is smaller"); }
}
