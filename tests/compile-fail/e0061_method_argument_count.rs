// A method call must pass as many arguments as the method declares after self.
struct Acc {
    total: i64,
}

impl Acc {
    fn add(&mut self, v: i64) {
        self.total += v;
    }
}

fn main() {
    let mut a = Acc { total: 0 };
    a.add(1, 2); //~ ERROR E0061
    println!("{}", a.total);
}
