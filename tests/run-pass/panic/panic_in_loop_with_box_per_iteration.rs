// A panic inside a loop that allocates a Box per iteration: only the live ones are dropped.
struct Cell {
    i: u32,
}

impl Drop for Cell {
    fn drop(&mut self) {
        println!("drop cell {}", self.i);
    }
}

fn check(i: u32) -> u32 {
    let limit: u32 = std::hint::black_box(250);
    let x: u8 = (limit + i) as u8;
    let y: u8 = std::hint::black_box(x);
    let z = y + 3;
    z as u32
}

fn main() {
    let _first = Box::new(Cell { i: 0 });
    let mut last = Box::new(Cell { i: 1 });
    for i in 2..10 {
        let b = Box::new(Cell { i });
        println!("iteration {} -> {}", i, check(i));
        if i % 2 == 0 {
            last = b;
        }
    }
    println!("never {}", last.i);
}
