fn main() {
	let x: i32 = "hi";
	println!("{}", x);
}
