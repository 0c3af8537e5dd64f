// The ? operator on Option and Result: the value inside, or an early return of None or Err(e)
// after the function's locals are dropped, as a return does.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
fn quarter(n: i32) -> Option<i32> {
    let _guard = D("quarter");
    let h = half(n)?;
    println!("half of {} is {}", n, h);
    let q = half(h)?;
    Some(q)
}
#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i32),
}
fn checked_div(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 { return Err(MathError::DivByZero); }
    if a < 0 { Err(MathError::Negative(a)) } else { Ok(a / b) }
}
fn compute(a: i32, b: i32, c: i32) -> Result<i32, MathError> {
    let _g = D("compute");
    let x = checked_div(a, b)?;
    let y = checked_div(x, c)?;
    Ok(x + y)
}
fn main() {
    println!("{:?}", quarter(12));
    println!("{:?}", quarter(6));
    println!("{:?}", quarter(7));
    println!("{:?}", compute(20, 2, 5));
    println!("{:?}", compute(20, 0, 5));
    println!("{:?}", compute(-4, 2, 5));
    match compute(9, 3, 0) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error {:?}", e),
    }
}
