// Stack-and-heap demo: values copied on the stack, boxes moved between owners, printed without addresses.
struct Tracker {
    label: &'static str,
    size: u32,
}

impl Drop for Tracker {
    fn drop(&mut self) {
        println!("  free {} ({} bytes)", self.label, self.size);
    }
}

fn make_on_heap(label: &'static str, size: u32) -> Box<Tracker> {
    println!("  alloc {label} ({size} bytes)");
    Box::new(Tracker { label, size })
}

fn stack_copy(mut n: i32) -> i32 {
    n += 1;
    println!("  inside stack_copy n = {n}");
    n
}

fn take_ownership(b: Box<Tracker>) -> u32 {
    println!("  took {}", b.label);
    b.size
}

fn give_back(b: Box<Tracker>) -> Box<Tracker> {
    println!("  passing {} through", b.label);
    b
}

fn grow(b: &mut Box<Tracker>) {
    b.size *= 2;
    let bigger = make_on_heap("grown", b.size);
    *b = bigger;
}

fn main() {
    println!("step 1: integers live on the stack");
    let x = 5;
    let y = stack_copy(x);
    println!("  x = {x}, y = {y}");

    println!("step 2: a box on the heap");
    let a = make_on_heap("a", 16);
    let total = take_ownership(a);
    println!("  total = {total}");

    println!("step 3: passing through");
    let b = give_back(give_back(make_on_heap("b", 32)));
    println!("  b is {}", b.label);

    println!("step 4: replacing through &mut Box");
    let mut c = make_on_heap("c", 8);
    grow(&mut c);
    grow(&mut c);
    println!("  c is now {} with {}", c.label, c.size);

    println!("step 5: box of box");
    let bb: Box<Box<Tracker>> = Box::new(make_on_heap("inner", 4));
    let inner: Box<Tracker> = *bb;
    let plain: Tracker = *inner;
    println!("  plain {} {}", plain.label, plain.size);

    println!("step 6: scope end");
}
