// Associated function new, and methods taking &self, &mut self and self.
struct Counter {
    name: &'static str,
    count: u32,
}

impl Counter {
    fn new(name: &'static str) -> Counter {
        Counter { name: name, count: 0 }
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn incr(&mut self) {
        self.count += 1;
    }

    fn add(&mut self, n: u32) -> u32 {
        self.count += n;
        self.count
    }

    fn finish(self) -> u32 {
        println!("finishing {}", self.name);
        self.count
    }
}

impl Drop for Counter {
    fn drop(&mut self) {
        println!("drop {} at {}", self.name, self.count);
    }
}

fn main() {
    let mut c = Counter::new("c");
    c.incr();
    c.incr();
    println!("get = {}", c.get());
    println!("add = {}", c.add(10));
    let total = c.finish();
    println!("total = {total}");
    let mut d = Counter::new("d");
    d.incr();
    println!("end");
}
