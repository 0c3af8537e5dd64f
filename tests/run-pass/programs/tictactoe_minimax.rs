// Tic-tac-toe with bitboards in integers and a full minimax search by recursion.
#[derive(Clone, Copy)]
struct Board {
    x: u16,
    o: u16,
}

fn line(mask: u16, a: u16, b: u16, c: u16) -> bool {
    let m = (1 << a) | (1 << b) | (1 << c);
    mask & m == m
}

fn wins(mask: u16) -> bool {
    line(mask, 0, 1, 2) || line(mask, 3, 4, 5) || line(mask, 6, 7, 8)
        || line(mask, 0, 3, 6) || line(mask, 1, 4, 7) || line(mask, 2, 5, 8)
        || line(mask, 0, 4, 8) || line(mask, 2, 4, 6)
}

impl Board {
    fn empty() -> Board {
        Board { x: 0, o: 0 }
    }
    fn full(&self) -> bool {
        (self.x | self.o) == 0b1_1111_1111
    }
    fn free(&self, cell: u16) -> bool {
        (self.x | self.o) & (1 << cell) == 0
    }
    fn play(self, cell: u16, x_to_move: bool) -> Board {
        if x_to_move { Board { x: self.x | (1 << cell), o: self.o } } else { Board { x: self.x, o: self.o | (1 << cell) } }
    }
    fn show(&self) {
        for row in 0..3 {
            for col in 0..3 {
                let cell = row * 3 + col;
                let ch = if self.x & (1 << cell) != 0 { 'X' } else if self.o & (1 << cell) != 0 { 'O' } else { '.' };
                print!("{ch}");
            }
            println!();
        }
    }
}

struct Stats {
    nodes: u64,
}

// Score from X's point of view: +1 X wins, -1 O wins, 0 draw.
fn minimax(b: Board, x_to_move: bool, st: &mut Stats) -> i32 {
    st.nodes += 1;
    if wins(b.x) {
        return 1;
    }
    if wins(b.o) {
        return -1;
    }
    if b.full() {
        return 0;
    }
    let mut best = if x_to_move { -2 } else { 2 };
    for cell in 0..9 {
        if b.free(cell) {
            let s = minimax(b.play(cell, x_to_move), !x_to_move, st);
            if x_to_move && s > best || !x_to_move && s < best {
                best = s;
            }
        }
    }
    best
}

fn best_move(b: Board, x_to_move: bool, st: &mut Stats) -> u16 {
    let mut best_cell = 9;
    let mut best = if x_to_move { -2 } else { 2 };
    for cell in 0..9 {
        if b.free(cell) {
            let s = minimax(b.play(cell, x_to_move), !x_to_move, st);
            if x_to_move && s > best || !x_to_move && s < best {
                best = s;
                best_cell = cell;
            }
        }
    }
    best_cell
}

fn main() {
    let mut st = Stats { nodes: 0 };
    println!("value of the empty board: {}", minimax(Board::empty(), true, &mut st));
    println!("nodes searched: {}", st.nodes);
    let mut b = Board::empty().play(0, true).play(4, false).play(8, true);
    let mut x_turn = false;
    while !wins(b.x) && !wins(b.o) && !b.full() {
        let m = best_move(b, x_turn, &mut st);
        println!("{} plays {}", if x_turn { 'X' } else { 'O' }, m);
        b = b.play(m, x_turn);
        x_turn = !x_turn;
    }
    b.show();
    let result = if wins(b.x) { "X wins" } else if wins(b.o) { "O wins" } else { "draw" };
    println!("{result}; total nodes {}", st.nodes);
}
