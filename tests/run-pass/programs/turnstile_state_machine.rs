// A tiny state machine with integer states: a turnstile and a vending machine.
struct Turnstile {
    state: u8, // 0 locked, 1 unlocked, 2 broken
    coins: u32,
    passes: u32,
    alarms: u32,
}

impl Turnstile {
    fn new() -> Self {
        Self { state: 0, coins: 0, passes: 0, alarms: 0 }
    }

    fn name(&self) -> &'static str {
        if self.state == 0 {
            "locked"
        } else if self.state == 1 {
            "unlocked"
        } else {
            "broken"
        }
    }

    fn event(&mut self, ev: char) {
        let before = self.name();
        self.state = match_state(self.state, ev, self);
        println!("{before} --{ev}--> {}", self.name());
    }
}

fn match_state(state: u8, ev: char, t: &mut Turnstile) -> u8 {
    if state == 2 {
        if ev == 'r' { 0 } else { 2 }
    } else if ev == 'c' {
        t.coins += 1;
        1
    } else if ev == 'p' {
        if state == 1 {
            t.passes += 1;
            0
        } else {
            t.alarms += 1;
            if t.alarms >= 3 { 2 } else { 0 }
        }
    } else if ev == 'k' {
        2
    } else {
        state
    }
}

// Events are encoded as digits of a number, read from the lowest digit up:
// 1 = coin, 2 = push, 3 = kick, 4 = repair, anything else is ignored.
fn run(mut script: u64, t: &mut Turnstile) {
    while script > 0 {
        let digit = script % 10;
        let ev = if digit == 1 { 'c' } else if digit == 2 { 'p' } else if digit == 3 { 'k' } else if digit == 4 { 'r' } else { 'x' };
        t.event(ev);
        script /= 10;
    }
}

fn main() {
    let mut t = Turnstile::new();
    run(43122221, &mut t);
    println!("coins={} passes={} alarms={} state={}", t.coins, t.passes, t.alarms, t.state);
    let mut u = Turnstile::new();
    for ev in 0..12u32 {
        let c = if ev % 3 == 0 { 'p' } else if ev % 3 == 1 { 'c' } else { 'x' };
        u.event(c);
    }
    println!("coins={} passes={} alarms={} state={}", u.coins, u.passes, u.alarms, u.name());
}
