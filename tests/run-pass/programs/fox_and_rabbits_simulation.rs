// A predator/prey simulation loop with several structs, Copy positions and boxed state.
#[derive(Clone, Copy)]
struct Pos {
    x: i32,
    y: i32,
}

impl Pos {
    fn step(self, dx: i32, dy: i32) -> Pos {
        Pos { x: wrap(self.x + dx), y: wrap(self.y + dy) }
    }
    fn dist(&self, other: &Pos) -> i32 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (if dx < 0 { -dx } else { dx }) + (if dy < 0 { -dy } else { dy })
    }
}

fn wrap(v: i32) -> i32 {
    ((v % 10) + 10) % 10
}

struct Rabbit {
    pos: Pos,
    alive: bool,
    id: u32,
}

struct Fox {
    pos: Pos,
    hunger: u32,
    eaten: u32,
}

struct World {
    tick: u32,
    fox: Box<Fox>,
    r1: Rabbit,
    r2: Rabbit,
    seed: u32,
}

impl Drop for Rabbit {
    fn drop(&mut self) {
        println!("rabbit {} leaves the world (alive={})", self.id, self.alive);
    }
}

impl World {
    fn rand(&mut self) -> u32 {
        self.seed = ((self.seed as u64 * 1103515245 + 12345) % 2147483648) as u32;
        self.seed = self.seed / 7 + self.seed % 7;
        self.seed % 4
    }

    fn dir(&mut self) -> Pos {
        let r = self.rand();
        if r == 0 { Pos { x: 1, y: 0 } } else if r == 1 { Pos { x: -1, y: 0 } } else if r == 2 { Pos { x: 0, y: 1 } } else { Pos { x: 0, y: -1 } }
    }

    fn step(&mut self) {
        self.tick += 1;
        let d = self.dir();
        self.fox.pos = self.fox.pos.step(d.x, d.y);
        self.fox.hunger += 1;
        if self.r1.alive {
            let d = self.dir();
            self.r1.pos = self.r1.pos.step(d.x, d.y);
        }
        if self.r2.alive {
            let d = self.dir();
            self.r2.pos = self.r2.pos.step(d.x, d.y);
        }
        let fp = self.fox.pos;
        if self.r1.alive && fp.dist(&self.r1.pos) <= 1 {
            self.r1.alive = false;
            self.fox.eaten += 1;
            self.fox.hunger = 0;
            println!("tick {}: fox eats rabbit {}", self.tick, self.r1.id);
        }
        if self.r2.alive && fp.dist(&self.r2.pos) <= 1 {
            self.r2.alive = false;
            self.fox.eaten += 1;
            self.fox.hunger = 0;
            println!("tick {}: fox eats rabbit {}", self.tick, self.r2.id);
        }
    }
}

fn main() {
    let mut w = World {
        tick: 0,
        fox: Box::new(Fox { pos: Pos { x: 5, y: 5 }, hunger: 0, eaten: 0 }),
        r1: Rabbit { pos: Pos { x: 4, y: 5 }, alive: true, id: 1 },
        r2: Rabbit { pos: Pos { x: 0, y: 0 }, alive: true, id: 2 },
        seed: 42,
    };
    let result = loop {
        w.step();
        if w.fox.hunger > 25 {
            break "fox starved";
        }
        if !w.r1.alive && !w.r2.alive {
            break "all rabbits eaten";
        }
        if w.tick >= 200 {
            break "time up";
        }
    };
    println!("{} after {} ticks; eaten {}", result, w.tick, w.fox.eaten);
    println!("fox at ({}, {}), r1 at ({}, {}), r2 at ({}, {})", w.fox.pos.x, w.fox.pos.y, w.r1.pos.x, w.r1.pos.y, w.r2.pos.x, w.r2.pos.y);
}
