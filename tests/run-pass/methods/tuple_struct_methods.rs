// Methods on tuple structs: reading and updating self.0, returning another
// tuple struct, and calling a method on the returned temporary.
struct Celsius(i32);

struct Fahrenheit(i32);

impl Celsius {
    fn to_fahrenheit(&self) -> Fahrenheit {
        Fahrenheit(self.0 * 9 / 5 + 32)
    }

    fn warm_by(&mut self, d: i32) {
        self.0 += d;
    }
}

impl Fahrenheit {
    fn degrees(&self) -> i32 {
        self.0
    }
}

fn main() {
    let mut t = Celsius(20);
    println!("{}C = {}F", t.0, t.to_fahrenheit().degrees());
    t.warm_by(80);
    println!("{}C = {}F", t.0, t.to_fahrenheit().0);
    let cold = Celsius(-40);
    println!("{}C = {}F", cold.0, cold.to_fahrenheit().degrees());
}
