// Array elements get one row each, named a[0], a[1]; an array of boxes points into the heap.
fn total(values: &[i32; 3]) -> i32 {
    let mut sum = 0;
    for v in values {
        sum += *v;
    }
    sum
}

fn main() {
    let a = [4, 5, 6];
    let boxes = [Box::new(1u8), Box::new(2u8)];
    let t = total(&a);
    println!("{} {}", t, *boxes[1]);
}
