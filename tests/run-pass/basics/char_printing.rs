// chars print as themselves with {} and as quoted, escaped literals with {:?}.
fn main() {
    let ascii = 'a';
    let digit = '7';
    let e_acute = 'é';
    let snowman = '☃';
    let crab = '🦀';
    let cjk = '中';
    println!("{ascii} {digit} {e_acute} {snowman} {crab} {cjk}");
    println!("{:?} {:?} {:?} {:?}", ascii, e_acute, snowman, crab);
    println!("{:?} {:?} {:?} {:?}", '\n', '\t', '\r', '\0');
    println!("{:?} {:?} {:?}", '\'', '"', '\\');
    println!("{:?} {:?}", '\u{7f}', '\u{1b}');
    println!("{:?} {:?}", '\u{200b}', '\u{301}');
    println!("[{}]", ' ');
    let quote = '"';
    println!("{quote} {quote:?}");
    let unicode = '\u{263A}';
    println!("{unicode} {unicode:?}");
}
