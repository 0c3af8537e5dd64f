// Conway's game of life on an 8x8 torus stored in one u64, with a glider and a blinker.
#[derive(Clone, Copy)]
struct Board {
    bits: u64,
}

impl Board {
    fn get(&self, r: i32, c: i32) -> bool {
        let rr = ((r % 8) + 8) % 8;
        let cc = ((c % 8) + 8) % 8;
        (self.bits >> (rr * 8 + cc)) & 1 == 1
    }
    fn set(&mut self, r: i32, c: i32) {
        self.bits |= 1u64 << (r * 8 + c);
    }
    fn neighbours(&self, r: i32, c: i32) -> u32 {
        let mut n = 0;
        for dr in -1..=1 {
            for dc in -1..=1 {
                if (dr != 0 || dc != 0) && self.get(r + dr, c + dc) {
                    n += 1;
                }
            }
        }
        n
    }
    fn step(&self) -> Board {
        let mut next = Board { bits: 0 };
        for r in 0..8 {
            for c in 0..8 {
                let n = self.neighbours(r, c);
                let alive = self.get(r, c);
                if n == 3 || (alive && n == 2) {
                    next.set(r, c);
                }
            }
        }
        next
    }
    fn population(&self) -> u32 {
        let mut b = self.bits;
        let mut count = 0;
        while b != 0 {
            b &= b - 1;
            count += 1;
        }
        count
    }
    fn show(&self) {
        for r in 0..8 {
            for c in 0..8 {
                print!("{}", if self.get(r, c) { '#' } else { '.' });
            }
            println!();
        }
    }
}

fn main() {
    let mut b = Board { bits: 0 };
    b.set(0, 1);
    b.set(1, 2);
    b.set(2, 0);
    b.set(2, 1);
    b.set(2, 2);
    b.set(5, 5);
    b.set(5, 6);
    b.set(5, 7);
    b.show();
    let start = b;
    for g in 1..=32 {
        b = b.step();
        if g % 8 == 0 {
            println!("generation {g}: population {}, bits {:?}", b.population(), b.bits);
        }
    }
    b.show();
    println!("back to start after 32 generations? {}", b.bits == start.bits);
}
