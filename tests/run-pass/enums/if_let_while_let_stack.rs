// if let / while let on user enums: a linked-list stack popped with while let, if let ... else chains.
enum Stack {
    Empty,
    Top(i32, Box<Stack>),
}

impl Stack {
    fn push(self, v: i32) -> Stack {
        Stack::Top(v, Box::new(self))
    }

    fn peek(&self) -> i32 {
        if let Stack::Top(v, _) = self { *v } else { -1 }
    }

    fn is_empty(&self) -> bool {
        if let Stack::Empty = self { true } else { false }
    }
}

enum Step {
    Continue(i32),
    Skip,
    Stop,
}

fn next(i: i32) -> Step {
    if i >= 6 {
        Step::Stop
    } else if i % 3 == 0 {
        Step::Skip
    } else {
        Step::Continue(i * 10)
    }
}

fn main() {
    let mut s = Stack::Empty;
    println!("empty {} peek {}", s.is_empty(), s.peek());
    for i in 1..5 {
        s = s.push(i);
    }
    println!("empty {} peek {}", s.is_empty(), s.peek());
    let mut sum = 0;
    while let Stack::Top(v, rest) = s {
        println!("pop {}", v);
        sum += v;
        s = *rest;
    }
    println!("sum {} empty {}", sum, s.is_empty());

    let mut i = 1;
    let mut acc = 0;
    while let Step::Continue(_) | Step::Skip = next(i) {
        if let Step::Continue(w) = next(i) {
            acc += w;
            println!("step {} -> {}", i, w);
        } else {
            println!("skip {}", i);
        }
        i += 1;
    }
    println!("stopped at {} acc {}", i, acc);

    let mut depth = Stack::Empty.push(1).push(2).push(3);
    let mut count = 0;
    loop {
        if let Stack::Top(_, rest) = depth {
            count += 1;
            depth = *rest;
        } else {
            break;
        }
    }
    println!("count {}", count);
}
