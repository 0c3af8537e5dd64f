// Blocks nested three deep; a block's value is moved out before its locals drop.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _outer = D("outer");
    let kept = {
        let _one = D("one");
        let inner = {
            let _two = D("two");
            {
                let _three = D("three");
                println!("deepest");
            }
            let made = D("made in two");
            println!("leaving two");
            made
        };
        println!("leaving one with {}", inner.0);
        inner
    };
    println!("kept {}", kept.0);
}
