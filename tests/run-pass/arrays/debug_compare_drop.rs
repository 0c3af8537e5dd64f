// Arrays print with {:?}, compare element by element, drop their elements in order (also
// after an element is replaced), and panic out of bounds through a reference.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn at(a: &[i32; 3], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [1, 2, 3];
    let b = [1, 2, 4];
    println!("{:?} {:?} {:?}", a, [[1u8, 2], [3, 4]], [(); 2]);
    println!("{} {} {} {}", a == b, a < b, a != [1, 2, 3], b >= a);
    println!("{:?} {:?}", ['x', '\n'], ["hi", "yo"]);
    let empty: [i32; 0] = [];
    println!("{:?} {} {}", empty, empty.len(), empty.is_empty());
    let ds = [D(1), D(2), D(3)];
    let boxes = [Box::new(D(4)), Box::new(D(5))];
    let mut arr2 = [D(6), D(7)];
    arr2[0] = D(8);
    println!("{}", ds[1].0 + boxes[0].0 + arr2[0].0);
    assert_eq!(a, [1, 2, 3]);
    let t = ([1, 2], 'z');
    println!("{:?}", t);
    println!("{}", at(&a, 3));
}
