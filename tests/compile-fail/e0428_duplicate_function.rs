// Two functions with the same name in one module.
fn helper() {}
fn helper() {} //~ ERROR E0428
fn main() {
    helper();
}
