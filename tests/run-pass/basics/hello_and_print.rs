// println! with literals and {} placeholders; print! without a newline keeps
// the line open until later output finishes it.
fn main() {
    println!("hello, world");
    println!();
    print!("no newline yet");
    print!(", still the same line");
    println!(" -- and now the end");
    let answer = 42;
    println!("answer = {}", answer);
    println!("two values: {} and {}", 1, 2);
    println!("{} {} {}", true, 'x', "str");
    print!("a");
    print!("b");
    print!("c\n");
    println!("braces: {{ and }}");
    print!("last line without newline");
}
