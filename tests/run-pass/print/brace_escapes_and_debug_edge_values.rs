// Printing: escapes of braces, Debug of &&str / Box<char> / &Box<i64>, char edge values, many arguments.
fn main() {
    println!("{{}}");
    println!("{{{}}}", 5);
    println!("}}{{ {{x}} {}", "y");
    let s: &str = "quote\" back\\slash\ttab\nnl";
    let r: &&str = &s;
    println!("{:?}", r);
    println!("{:?}", &&&"x");
    println!("{}", r);
    let bc: Box<char> = Box::new('\'');
    println!("{:?} {}", bc, bc);
    let bi: Box<i64> = Box::new(-42);
    let rbi: &Box<i64> = &bi;
    println!("{:?} {}", rbi, rbi);
    println!("{:?} {:?} {:?} {:?} {:?}", '\0', '\u{7f}', '\u{ffff}', '\u{10ffff}', '\u{fffe}');
    println!("{:?} {:?} {:?} {:?}", '\u{80}', '\u{a0}', '\u{ad}', '\u{200b}');
    println!("{:?} {:?} {:?} {:?} {:?}", '\u{d7ff}', '\u{e000}', '\u{feff}', '\u{2028}', '\u{300}');
    println!("{:?}", "a\u{0}b\u{7f}c\u{ffff}d\u{10ffff}e\u{301}f\u{200d}");
    println!("{:?}", "\u{301}start");
    println!("{:?} {:?}", '"', "'");
    println!("{} {} {}", '\u{7f}' as u32, '\u{ffff}' as u32, '\u{10ffff}' as u32);
    println!("{0} {1} {0} {2} {1} {3} {4} {5} {6} {7} {8} {9} {10} {11}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    let a = 1;
    let b = true;
    let c = 'c';
    let d = "d";
    let e = -5i8;
    let f = 255u8;
    let g = ();
    println!("{a} {b} {c} {d} {e} {f} {g:?} {a:?} {b:?} {c:?} {d:?} {e:?} {f:?}");
}
