// #[derive(PartialEq, Eq, PartialOrd, Ord)]: == compares the fields in order, < lexicographically;
// assert_eq!/assert_ne! on structs, and a failing assert_eq! printing both with {:?}.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug, PartialEq)]
struct Named {
    name: &'static str,
    at: (i32, i32),
    tags: [char; 2],
}

#[derive(PartialEq, PartialOrd, Debug)]
struct Wrapper(Box<i32>);

#[derive(PartialEq, Debug)]
struct Nothing;

fn main() {
    let a = Version { major: 1, minor: 2, patch: 3 };
    let b = Version { major: 1, minor: 10, patch: 0 };
    println!("{} {} {} {} {} {}", a == b, a != b, a < b, a <= b, a > b, a >= b);
    println!("{}", a == Version { major: 1, minor: 2, patch: 3 });
    let n1 = Named { name: "p", at: (1, 2), tags: ['x', 'y'] };
    let n2 = Named { name: "p", at: (1, 2), tags: ['x', 'z'] };
    println!("{} {}", n1 == n2, n1 != n2);
    println!("{} {}", Wrapper(Box::new(3)) < Wrapper(Box::new(4)), Nothing == Nothing);
    let r = &a;
    println!("{}", r == &b);
    assert_eq!(a, Version { major: 1, minor: 2, patch: 3 });
    assert_ne!(n1, n2);
    assert_eq!(n1, n2, "names differ");
}
