// `use Enum::*;` and `use Enum::{A, B};` bring variants into scope; variants used bare in patterns and expressions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i32),
    Pop,
    Add,
    Dup,
    Halt,
}

#[derive(Debug, Clone, Copy)]
enum Status {
    Running,
    Halted,
    Error(i32),
}

use Op::*;
use Status::{Error, Halted, Running};

fn run(prog: &[Op; 9]) -> Status {
    let mut stack = [0i32; 8];
    let mut sp = 0usize;
    let mut status = Running;
    let mut pc = 0;
    while let Running = status {
        let op = prog[pc];
        pc += 1;
        status = match op {
            Push(v) if sp < 8 => {
                stack[sp] = v;
                sp += 1;
                Running
            }
            Push(_) => Error(1),
            Pop | Add | Dup if sp == 0 => Error(pc as i32),
            Pop => {
                sp -= 1;
                println!("popped {}", stack[sp]);
                Running
            }
            Add if sp >= 2 => {
                sp -= 1;
                stack[sp - 1] += stack[sp];
                Running
            }
            Add => Error(2),
            Dup => {
                stack[sp] = stack[sp - 1];
                sp += 1;
                Running
            }
            Halt => Halted,
        };
        println!("{:?} -> {:?} depth {}", op, status, sp);
    }
    status
}

fn main() {
    let p1 = [Push(2), Push(3), Add, Dup, Add, Pop, Halt, Halt, Halt];
    println!("{:?}", run(&p1));
    let p2 = [Push(1), Pop, Pop, Halt, Halt, Halt, Halt, Halt, Halt];
    println!("{:?}", run(&p2));
    println!("{}", p1[2] == Add);
}
