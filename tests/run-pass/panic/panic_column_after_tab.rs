fn main() {
	let z = std::hint::black_box(0);
	println!("{}", 1 / z);
}
