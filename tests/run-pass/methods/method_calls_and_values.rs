// Methods returning values, calling other methods, consuming self to build a
// new value, and chained calls on temporaries.
#[derive(Clone, Copy)]
struct Money {
    cents: u64,
}

impl Money {
    fn new(dollars: u64, cents: u64) -> Money {
        Money { cents: dollars * 100 + cents }
    }

    fn dollars(&self) -> u64 {
        self.cents / 100
    }

    fn rest(&self) -> u64 {
        self.cents % 100
    }

    fn plus(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }

    fn doubled(self) -> Money {
        self.plus(self)
    }

    fn show(&self) {
        println!("${}.{}{}", self.dollars(), self.rest() / 10, self.rest() % 10);
    }
}

fn main() {
    let a = Money::new(3, 5);
    let b = Money::new(0, 99);
    a.show();
    b.show();
    a.plus(b).show();
    Money::new(12, 50).doubled().doubled().show();
    let c = a.plus(b).plus(Money::new(1, 1));
    c.show();
    a.show();
}
