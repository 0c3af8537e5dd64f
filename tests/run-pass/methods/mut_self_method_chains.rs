// Methods calling methods through &mut self, &self helpers inside &mut self methods, recursion on self.
struct Machine {
    acc: i64,
    steps: u32,
    log_on: bool,
}

impl Machine {
    fn new() -> Machine {
        Machine { acc: 0, steps: 0, log_on: true }
    }
    fn log(&self, what: &str) {
        if self.log_on {
            println!("[{}] {} acc={}", self.steps, what, self.acc);
        }
    }
    fn tick(&mut self) {
        self.steps += 1;
    }
    fn add(&mut self, v: i64) -> &mut Self {
        self.tick();
        self.acc += v;
        self.log("add");
        self
    }
    fn mul(&mut self, v: i64) -> &mut Self {
        self.tick();
        self.acc *= v;
        self.log("mul");
        self
    }
    fn quiet(&mut self) -> &mut Self {
        self.log_on = false;
        self
    }
    fn loud(&mut self) -> &mut Self {
        self.log_on = true;
        self
    }
    fn repeat_add(&mut self, v: i64, times: u32) -> i64 {
        if times == 0 {
            return self.acc;
        }
        self.add(v);
        self.repeat_add(v, times - 1)
    }
    fn is_big(&self) -> bool {
        self.acc > 100
    }
    fn reduce(&mut self) {
        while self.is_big() {
            self.acc /= 2;
            self.tick();
        }
        self.log("reduced");
    }
    fn snapshot(&self) -> (i64) {
        self.acc
    }
}

fn drive(m: &mut Machine) {
    m.add(1).mul(3).add(4);
    let r = &mut *m;
    r.quiet().add(1000).loud().mul(2);
}

fn main() {
    let mut m = Machine::new();
    drive(&mut m);
    m.reduce();
    println!("repeat -> {}", m.repeat_add(7, 3));
    let mr = &mut m;
    mr.mul(-1);
    let snap = mr.snapshot();
    mr.reduce();
    println!("snap {} final {} steps {}", snap, m.acc, m.steps);
}
