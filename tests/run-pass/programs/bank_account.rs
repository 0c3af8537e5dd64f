// A bank account with methods and Drop logging.
struct Account {
    owner: &'static str,
    balance: i64,
    ops: u32,
}

impl Account {
    fn open(owner: &'static str, initial: i64) -> Account {
        println!("open {} with {}", owner, initial);
        Account { owner, balance: initial, ops: 0 }
    }

    fn deposit(&mut self, amount: i64) -> &mut Account {
        self.balance += amount;
        self.ops += 1;
        self
    }

    fn withdraw(&mut self, amount: i64) -> bool {
        if amount > self.balance {
            println!("{}: insufficient funds ({} < {})", self.owner, self.balance, amount);
            return false;
        }
        self.balance -= amount;
        self.ops += 1;
        true
    }

    fn balance(&self) -> i64 {
        self.balance
    }

    fn transfer(&mut self, to: &mut Account, amount: i64) -> bool {
        if self.withdraw(amount) {
            to.deposit(amount);
            println!("transfer {} from {} to {}", amount, self.owner, to.owner);
            true
        } else {
            false
        }
    }
}

impl Drop for Account {
    fn drop(&mut self) {
        println!("close {} balance={} ops={}", self.owner, self.balance, self.ops);
    }
}

fn interest(acc: &mut Account, rate_percent: i64, years: u32) {
    for year in 1..=years {
        let gain = acc.balance() * rate_percent / 100;
        acc.deposit(gain);
        println!("  year {year}: +{gain} -> {}", acc.balance());
    }
}

fn main() {
    let mut alice = Account::open("alice", 1000);
    let mut bob = Account::open("bob", 50);
    alice.deposit(10).deposit(20).deposit(30);
    println!("alice has {}", alice.balance());
    let ok = bob.transfer(&mut alice, 100);
    println!("bob->alice ok? {ok}");
    let ok = alice.transfer(&mut bob, 500);
    println!("alice->bob ok? {ok}");
    interest(&mut bob, 5, 3);
    {
        let mut tmp = Account::open("temp", 7);
        tmp.transfer(&mut bob, 7);
        println!("temp now {}", tmp.balance());
    }
    let total = alice.balance() + bob.balance();
    println!("total {total}");
    let carol = Account::open("carol", 0);
    drop(alice);
    println!("after dropping alice; carol has {}", carol.balance);
}
