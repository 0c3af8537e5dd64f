// An inventory with three boxed slots: stocking, selling, swapping slots through &mut, and an audit
// that fails an assert_eq! at the end (exit code 101) after everything is dropped in order.
struct Item {
    name: &'static str,
    qty: u32,
    price: u32,
}

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {} x{}", self.name, self.qty);
    }
}

struct Inventory {
    a: Box<Item>,
    b: Box<Item>,
    c: Box<Item>,
    revenue: u64,
}

impl Inventory {
    fn slot(&mut self, i: u32) -> &mut Item {
        if i == 0 {
            &mut self.a
        } else if i == 1 {
            &mut self.b
        } else if i == 2 {
            &mut self.c
        } else {
            panic!("no slot {}", i)
        }
    }
    fn sell(&mut self, i: u32, n: u32) -> bool {
        let item = self.slot(i);
        if item.qty < n {
            println!("cannot sell {} {}: only {}", n, item.name, item.qty);
            return false;
        }
        item.qty -= n;
        let earned = (n * item.price) as u64;
        self.revenue += earned;
        true
    }
    fn restock(&mut self, i: u32, n: u32) {
        self.slot(i).qty += n;
    }
    fn replace(&mut self, i: u32, fresh: Box<Item>) {
        println!("replacing slot {i} with {}", fresh.name);
        *self.slot(i) = *fresh;
    }
    fn value(&self) -> u64 {
        (self.a.qty * self.a.price + self.b.qty * self.b.price + self.c.qty * self.c.price) as u64
    }
}

fn main() {
    let mut inv = Inventory {
        a: Box::new(Item { name: "apple", qty: 10, price: 3 }),
        b: Box::new(Item { name: "bread", qty: 4, price: 25 }),
        c: Box::new(Item { name: "cheese", qty: 2, price: 70 }),
        revenue: 0,
    };
    println!("value {}", inv.value());
    inv.sell(0, 4);
    inv.sell(2, 3);
    inv.restock(2, 5);
    inv.sell(2, 3);
    inv.replace(1, Box::new(Item { name: "bagel", qty: 12, price: 8 }));
    println!("value {} revenue {}", inv.value(), inv.revenue);
    let expected = 4 * 3 + 3 * 70;
    assert_eq!(inv.revenue, expected, "revenue mismatch after {} sales", 2);
    assert_eq!(inv.value(), 500, "stock value {:?} is off", inv.value());
    println!("never");
}
