// A panic inside a method with &mut self: the receiver's owner drops during
// unwinding and its destructor sees the fields as they were at the panic.
struct Tank {
    level: u32,
}

impl Tank {
    fn drain(&mut self, amount: u32) {
        println!("draining {amount} from {}", self.level);
        self.level -= amount;
    }
}

impl Drop for Tank {
    fn drop(&mut self) {
        println!("drop Tank at level {}", self.level);
    }
}

fn main() {
    let mut t = Tank { level: 10 };
    t.drain(4);
    t.drain(4);
    t.drain(4);
    println!("unreachable");
}
