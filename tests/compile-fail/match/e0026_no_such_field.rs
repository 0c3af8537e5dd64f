struct P {
    x: i32,
    y: i32,
}

fn main() {
    let p = P { x: 1, y: 2 };
    match p {
        P { x, z: 0 } => println!("{}", x), //~ ERROR E0026
        _ => {}
    }
}
