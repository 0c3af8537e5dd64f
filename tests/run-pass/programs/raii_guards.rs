// RAII guards: acquiring returns a guard that releases on Drop; early returns, loops and a panic release them.
struct Guard {
    what: &'static str,
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}#{}", self.what, self.id);
    }
}

struct Counter {
    next: u32,
}

impl Counter {
    fn acquire(&mut self, what: &'static str) -> Guard {
        self.next += 1;
        println!("acquire {}#{}", what, self.next);
        Guard { what, id: self.next }
    }
}

fn transfer(c: &mut Counter, amount: u32) -> bool {
    let _a = c.acquire("account-a");
    let _b = c.acquire("account-b");
    if amount > 100 {
        println!("too much: {amount}");
        return false;
    }
    let _log = c.acquire("log");
    println!("transferred {amount}");
    true
}

fn batch(c: &mut Counter, n: u32) -> u32 {
    let _batch = c.acquire("batch");
    let mut done = 0;
    for i in 0..n {
        let g = c.acquire("item");
        if i == 1 {
            drop(g);
            println!("item released early");
            continue;
        }
        if i == 3 {
            break;
        }
        done += g.id;
    }
    done
}

fn risky(c: &mut Counter, fail: bool) -> u32 {
    let _r = c.acquire("risky");
    let g = Box::new(c.acquire("boxed"));
    if fail {
        panic!("risky operation failed while holding {}#{}", g.what, g.id);
    }
    g.id
}

fn main() {
    let mut c = Counter { next: 0 };
    println!("-> {}", transfer(&mut c, 50));
    println!("-> {}", transfer(&mut c, 500));
    println!("-> {}", batch(&mut c, 5));
    println!("-> {}", risky(&mut c, false));
    let _outer = c.acquire("main");
    println!("-> {}", risky(&mut c, true));
}
