// A tuple pattern matches through any number of references, binding by reference; returning a
// reference into an array; [x; 0] and [x; 1] take a value that is not Copy.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn first(a: &[i32; 3]) -> &i32 {
    &a[0]
}

fn main() {
    let pair = (1, 2);
    let r = &&pair;
    let (a, b) = r;
    println!("{} {}", a, b);
    let mut m = (3, 4);
    let rm = &mut m;
    let (x, y) = &mut *rm;
    *x += 10;
    *y += 20;
    println!("{:?} {}", m, first(&[7, 8, 9]));
    let none = [D(1); 0];
    println!("none {}", none.len());
    let one = [D(2); 1];
    println!("one {}", one[0].0);
}
