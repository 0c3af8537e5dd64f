// loop is an expression: `break value` gives the loop its value.
fn first_square_above(limit: u32) -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    }
}

fn main() {
    println!("{}", first_square_above(50));
    println!("{}", first_square_above(1000));
    let mut counter = 0;
    let result = loop {
        counter += 3;
        if counter > 10 {
            break counter * 2;
        }
    };
    println!("result = {result}");
    let found = loop {
        break 'x';
    };
    println!("found = {found}");
    let nothing = loop {
        break;
    };
    nothing
}
