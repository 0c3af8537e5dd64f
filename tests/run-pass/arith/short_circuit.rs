// && and || evaluate their right operand only when needed.
fn yes(tag: &'static str) -> bool {
    println!("  evaluated {tag}");
    true
}

fn no(tag: &'static str) -> bool {
    println!("  evaluated {tag}");
    false
}

fn main() {
    println!("no && yes");
    let a = no("left") && yes("right");
    println!("= {a}");
    println!("yes && no");
    let b = yes("left") && no("right");
    println!("= {b}");
    println!("yes || no");
    let c = yes("left") || no("right");
    println!("= {c}");
    println!("no || yes");
    let d = no("left") || yes("right");
    println!("= {d}");
    println!("chain");
    let e = no("1") || yes("2") && no("3") || yes("4");
    println!("= {e}");
    println!("non short-circuit & and |");
    let f = no("l") & yes("r");
    let g = yes("l") | no("r");
    println!("= {f} {g}");
    if yes("cond") && !no("neg") {
        println!("taken");
    }
}
