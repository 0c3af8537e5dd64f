// main may return Result<(), E> only when E implements Debug (std prints it).
struct Plain;
fn main() -> Result<(), Plain> { //~ ERROR E0277
    Ok(())
}
