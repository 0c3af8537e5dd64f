// `impl Drop` on an enum itself: the enum's drop runs first (seeing the variant), then the payload fields drop.
struct Inner(i32);

impl Drop for Inner {
    fn drop(&mut self) {
        println!("  drop Inner({})", self.0);
    }
}

enum Resource {
    File { fd: i32 },
    Socket(Inner, Inner),
    Closed,
}

impl Drop for Resource {
    fn drop(&mut self) {
        match self {
            Resource::File { fd } => println!("close file {}", fd),
            Resource::Socket(a, b) => {
                println!("close socket {}->{}", a.0, b.0);
                a.0 = -a.0;
            }
            Resource::Closed => println!("drop closed"),
        }
    }
}

impl Resource {
    fn kind(&self) -> &'static str {
        match self {
            Resource::File { .. } => "file",
            Resource::Socket(..) => "socket",
            Resource::Closed => "closed",
        }
    }
}

fn open(n: i32) -> Resource {
    if n % 2 == 0 { Resource::File { fd: n } } else { Resource::Socket(Inner(n), Inner(n + 100)) }
}

fn main() {
    let _a = open(2);
    let mut b = open(3);
    println!("b is {}", b.kind());
    b = Resource::Closed;
    println!("b is {}", b.kind());
    {
        let c = open(5);
        println!("inner scope has {}", c.kind());
    }
    println!("{}", open(4).kind());
    let boxed = Box::new(open(7));
    println!("boxed {}", boxed.kind());
    drop(boxed);
    let arr = [open(8), open(9)];
    println!("array of {}", arr.len());
    println!("end of main");
}
