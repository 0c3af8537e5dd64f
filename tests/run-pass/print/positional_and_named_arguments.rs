// Mixing implicit, positional and named arguments; each argument is evaluated once.
fn side(n: i32) -> i32 {
    println!("side {}", n);
    n
}
fn main() {
    let a = 1;
    let b = 2;
    println!("{0} {} {}", a, b);
    println!("{1} {0} {1} {}", a, b);
    println!("{0} {0} {0}", side(7));
    println!("{x} {y} {x}", x = 10, y = 20);
    println!("{x} {} {y:?} {0}", a, x = "ex", y = 'y');
    println!("{a} {b} {a:?}");
    println!("{{}} {{{}}} {{{a}}}", b);
    println!("}}{{");
    println!("{:?} {:?}", side(1), side(2));
    print!("{}", side(3));
    println!(" then {}", side(4));
    println!("{0:?} {0}", "s\"q");
    let r = &&&a;
    println!("{r} {r:?} {}", ***r + 1);
}
