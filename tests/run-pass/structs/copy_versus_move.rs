// A #[derive(Clone, Copy)] struct is copied on assignment and call; a plain
// struct is moved, and only its final owner drops it.
#[derive(Clone, Copy)]
struct Cell {
    value: i32,
    flag: bool,
}

struct Resource {
    id: u32,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("drop Resource {}", self.id);
    }
}

fn bump(mut c: Cell) -> Cell {
    c.value += 1;
    c
}

fn own(r: Resource) -> u32 {
    println!("own Resource {}", r.id);
    r.id
}

fn main() {
    let a = Cell { value: 1, flag: true };
    let mut b = a;
    b.value = 50;
    let c = bump(a);
    println!("a = {} {}, b = {}, c = {}", a.value, a.flag, b.value, c.value);
    let copied = a;
    println!("copy = {}", copied.value);

    let r1 = Resource { id: 1 };
    let r2 = r1;
    println!("r2 holds {}", r2.id);
    let r3 = Resource { id: 3 };
    let id = own(r3);
    println!("own returned {id}");
    let _r4 = Resource { id: 4 };
    println!("end");
}
