// Recursive `enum List { Cons(i32, Box<List>), Nil }`: building by moving, recursion over &List, consuming by value.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => *v + sum(rest),
        List::Nil => 0,
    }
}

fn len(l: &List) -> usize {
    match *l {
        List::Cons(_, ref rest) => 1 + len(rest),
        List::Nil => 0,
    }
}

fn push_front(l: List, v: i32) -> List {
    List::Cons(v, Box::new(l))
}

fn print_list(l: &List) {
    match l {
        List::Cons(v, rest) => {
            print!("{} -> ", v);
            print_list(rest);
        }
        List::Nil => println!("Nil"),
    }
}

fn reverse(l: List, acc: List) -> List {
    match l {
        List::Cons(v, rest) => reverse(*rest, List::Cons(v, Box::new(acc))),
        List::Nil => acc,
    }
}

fn max(l: &List, best: i32) -> i32 {
    if let List::Cons(v, rest) = l {
        let b = if *v > best { *v } else { best };
        max(rest, b)
    } else {
        best
    }
}

fn main() {
    let mut list = List::Nil;
    for i in 1..6 {
        list = push_front(list, i * i);
    }
    print_list(&list);
    println!("sum {} len {} max {}", sum(&list), len(&list), max(&list, i32::MIN));
    let r = reverse(list, List::Nil);
    print_list(&r);
    let small = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{:?}", small);
    println!("{}", len(&List::Nil));
}
