// A tiny stack machine with four boxed registers, a program encoded as digits of an integer, and a trace.
struct Reg {
    name: char,
    val: Box<i64>,
}

struct Vm {
    a: Reg,
    b: Reg,
    c: Reg,
    d: Reg,
    depth: u32,
    executed: u32,
}

impl Vm {
    fn new() -> Vm {
        Vm {
            a: Reg { name: 'a', val: Box::new(0) },
            b: Reg { name: 'b', val: Box::new(0) },
            c: Reg { name: 'c', val: Box::new(0) },
            d: Reg { name: 'd', val: Box::new(0) },
            depth: 0,
            executed: 0,
        }
    }
    fn top(&mut self) -> &mut Reg {
        if self.depth == 1 { &mut self.a } else if self.depth == 2 { &mut self.b } else if self.depth == 3 { &mut self.c } else { &mut self.d }
    }
    fn push(&mut self, v: i64) {
        if self.depth == 4 {
            panic!("stack overflow pushing {}", v);
        }
        self.depth += 1;
        let r = self.top();
        *r.val = v;
    }
    fn pop(&mut self) -> i64 {
        if self.depth == 0 {
            panic!("stack underflow after {} instructions", self.executed);
        }
        let v = *self.top().val;
        self.depth -= 1;
        v
    }
    // op codes: 1..=5 push that number, 6 add, 7 mul, 8 sub, 9 dup
    fn step(&mut self, op: u64) {
        self.executed += 1;
        if op >= 1 && op <= 5 {
            self.push(op as i64);
        } else if op == 6 {
            let y = self.pop();
            let x = self.pop();
            self.push(x + y);
        } else if op == 7 {
            let y = self.pop();
            let x = self.pop();
            self.push(x * y);
        } else if op == 8 {
            let y = self.pop();
            let x = self.pop();
            self.push(x - y);
        } else if op == 9 {
            let x = self.pop();
            self.push(x);
            self.push(x);
        } else {
            panic!("bad op {}", op);
        }
        let depth = self.depth;
        let t = self.top();
        println!("  op {} -> {}={} (depth {})", op, t.name, t.val, depth);
    }
}

fn digits_reversed(mut program: u64) -> u64 {
    let mut r = 0;
    while program > 0 {
        r = r * 10 + program % 10;
        program /= 10;
    }
    r
}

fn run(program: u64) -> i64 {
    println!("run {program}");
    let mut vm = Vm::new();
    let mut p = digits_reversed(program);
    while p > 0 {
        vm.step(p % 10);
        p /= 10;
    }
    vm.pop()
}

fn main() {
    println!("= {}", run(23674));
    println!("= {}", run(5997));
    println!("= {}", run(4398));
    println!("= {}", run(12345));
}
