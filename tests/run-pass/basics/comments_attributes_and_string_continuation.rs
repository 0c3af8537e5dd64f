//! Comments of every kind, attributes, trailing commas, string continuation and statement-position blocks.
#![allow(unused)]

/* block /* nested */ comment */
/// Doc comment on a struct.
#[derive(Clone, Copy)]
#[allow(dead_code)]
struct P {
    /// field doc
    x: i32, // trailing
}

#[inline]
fn id(v: i32,) -> i32 { v }

/** Block doc. */
fn main() -> () {
    let mut n = 3;
    let r = &mut n;
    if *r > 2 { print!("big ") } else { print!("small ") }
    *r = 10;
    println!("{}", n);
    let mut m = 1;
    { m += 1 }
    -m;
    loop { break } ;;
    let p = P { x: 5, };
    let s = "line one
line two \
        continued";
    println!("{}", s);
    println!("{:?} {:?} {:?}", '\x41', '\u{41}', '\x7f');
    println!("{}", id(p.x,) + 0x1F_u8 as i32 + 1_usize as i32);
    let _under = 4;
    println!("{}", _under);
    while m < 5 { m += 1 }
    &m;
    (m);
    println!("{}", m);
}
