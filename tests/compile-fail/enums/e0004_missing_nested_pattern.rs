// Non-exhaustive matches whose gaps are nested inside variants: an inner enum, and a Box<List> tail.
#[derive(Clone, Copy)]
enum Dir {
    North,
    South,
}

enum Maybe {
    Just(Dir),
    Nothing,
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn main() {
    let m = Maybe::Just(Dir::South);
    match m { //~ ERROR E0004
        Maybe::Just(Dir::North) => println!("north"),
        Maybe::Nothing => println!("nothing"),
    }
    let l = List::Cons(1, Box::new(List::Nil));
    let n = match l { //~ ERROR E0004
        List::Nil => 0,
        List::Cons(0, _) => 1,
    };
    println!("{}", n);
    let pair = (Dir::North, true);
    match pair { //~ ERROR E0004
        (Dir::North, _) => {}
        (Dir::South, true) => {}
    }
}
