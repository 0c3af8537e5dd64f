// break and continue with and without labels, in loop, while and for.
fn main() {
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            if i == 4 {
                break 'outer;
            }
            print!("({i},{j}) ");
        }
    }
    println!();

    let mut i = 0;
    'rows: while i < 10 {
        i += 1;
        if i % 2 == 0 {
            continue;
        }
        let mut j = 0;
        loop {
            j += 1;
            if j > 3 {
                break;
            }
            if i * j > 12 {
                break 'rows;
            }
            print!("{} ", i * j);
        }
    }
    println!();
    println!("i = {i}");

    let v = 'search: loop {
        for k in 10..20 {
            if k % 7 == 0 {
                break 'search k;
            }
        }
        break 0;
    };
    println!("v = {v}");

    let mut count = 0;
    for n in 0..20 {
        if n % 3 != 0 {
            continue;
        }
        count += 1;
    }
    println!("count = {count}");
}
