// A type name that nothing declares. rustc 1.95 reports it as E0425
// ("cannot find type"); older versions used E0412.
fn area(s: Square) -> u32 { //~ ERROR E0425
    0
}

fn main() {
    println!("start");
}
