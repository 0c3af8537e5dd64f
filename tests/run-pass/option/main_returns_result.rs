// main returning a Result: ? in main, and an Err ends the program with "Error: {:?}" on stderr and
// exit status 1, after main's locals are dropped (std's Termination).
#[derive(Debug)]
enum AppError {
    NotFound(&'static str),
    Invalid { code: i32 },
}
struct Guard;
impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard dropped");
    }
}
fn find(name: &'static str) -> Result<i32, AppError> {
    if name == "x" { Ok(1) } else { Err(AppError::NotFound(name)) }
}
fn check(v: i32) -> Result<(), AppError> {
    if v > 0 { Ok(()) } else { Err(AppError::Invalid { code: v }) }
}
fn main() -> Result<(), AppError> {
    let _g = Guard;
    let v = find("x")?;
    println!("found {}", v);
    check(v)?;
    let w = find("y")?;
    println!("never {}", w);
    Ok(())
}
