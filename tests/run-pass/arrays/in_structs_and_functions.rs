// Arrays as struct fields, parameters (copied) and return values, in boxes, and mutated through
// &mut; a bubble sort on an array.
struct Board {
    cells: [[char; 3]; 3],
    moves: u32,
}

fn place(board: &mut Board, row: usize, col: usize, mark: char) {
    board.cells[row][col] = mark;
    board.moves += 1;
}

fn sorted(mut values: [i32; 6]) -> [i32; 6] {
    let n = values.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if values[j] > values[j + 1] {
                let t = values[j];
                values[j] = values[j + 1];
                values[j + 1] = t;
            }
        }
    }
    values
}

fn main() {
    let mut board = Board { cells: [['.'; 3]; 3], moves: 0 };
    place(&mut board, 1, 1, 'X');
    place(&mut board, 0, 2, 'O');
    for row in &board.cells {
        let mut line = 0;
        for c in row {
            print!("{}", c);
            line += 1;
        }
        println!(" ({})", line);
    }
    println!("{} moves", board.moves);
    let values = [5, -1, 3, 9, 0, 3];
    let s = sorted(values);
    println!("{:?} -> {:?}", values, s);
    let boxed = Box::new([1u64; 4]);
    println!("{} {:?}", boxed[3], *boxed);
    let mut total = 0u64;
    for v in *boxed {
        total += v;
    }
    println!("{}", total);
}
