fn main() {
    let x: i32 = if true {
        1
    };
    let y = 0;
    let z = 1;

    // comment
    let w: i32 = if true {
        let a = 1;
        let b = 2;
        let c = 3;
        let d = 4;
        let e = 5;
        a
    };
    let q: () = if true {
        let a = 1;
        let b = 2;
        let c = 3;
        let d = 4;

        // c
        4
    };
}
