// A block is an expression: its value is its tail expression.
fn pick(flag: bool) -> i32 {
    let base = {
        let a = 3;
        let b = 4;
        a * b
    };
    let extra = if flag { base + 1 } else { base - 1 };
    {
        let nested = {
            let deep = { extra * 2 };
            deep + 1
        };
        nested
    }
}

fn unit_block() {
    let u = {
        println!("inside a block whose value is ()");
    };
    u
}

fn main() {
    println!("pick(true) = {}", pick(true));
    println!("pick(false) = {}", pick(false));
    unit_block();
    let z = { 7 } + { 8 };
    println!("z = {z}");
}
