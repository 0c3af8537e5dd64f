// Items whose names collide with JVM / Java names: Program, Machine, Object, String-like, toString, wait, hashCode.
struct Program {
    main: u32,
}

struct Machine(u32);

struct Object {
    class: u32,
    this: u32,
}

impl Program {
    fn main(&self) -> u32 {
        self.main + 1
    }
    fn toString(&self) -> &'static str {
        "program"
    }
    fn wait(&self) -> u32 {
        7
    }
    fn hashCode(&self) -> u32 {
        8
    }
    fn getClass(&self) -> u32 {
        9
    }
    fn clone(&self) -> Program {
        Program { main: self.main * 10 }
    }
}

impl Machine {
    fn new(v: u32) -> Machine {
        Machine(v)
    }
    fn push(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop Machine {}", self.0);
    }
}

fn notify(x: u32) -> u32 {
    x * 2
}

fn finalize(o: &Object) -> u32 {
    o.class + o.this
}

fn equals(a: u32, b: u32) -> bool {
    a == b
}

fn init() -> u32 {
    11
}

fn clinit() -> u32 {
    12
}

fn main() {
    let p = Program { main: 41 };
    println!("{} {} {} {} {}", p.main(), p.toString(), p.wait(), p.hashCode(), p.getClass());
    println!("{}", p.clone().main);
    let mut m = Machine::new(3);
    println!("{}", m.push());
    let o = Object { class: 1, this: 2 };
    println!("{} {} {} {} {}", notify(4), finalize(&o), equals(1, 1), init(), clinit());
    let String = 5;
    let Integer = String + 1;
    let null = Integer * 2;
    println!("{} {} {}", String, Integer, null);
}
