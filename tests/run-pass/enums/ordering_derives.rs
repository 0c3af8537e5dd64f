// derive(PartialEq, Eq, PartialOrd, Ord) on enums: ordering by variant order first, then by fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    High = 10,
    Low = 1,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Value {
    Small(i32),
    Pair(i32, i32),
    Named { a: i32, b: bool },
    Float(f64),
    Nothing,
}

fn show(a: Value, b: Value) {
    println!("{:?} vs {:?}: < {} <= {} > {} == {}", a, b, a < b, a <= b, a > b, a == b);
}

fn main() {
    println!("{} {} {}", Suit::Clubs < Suit::Spades, Suit::Hearts > Suit::Diamonds, Suit::Clubs >= Suit::Clubs);
    // derived ordering follows declaration order, not discriminant values
    println!("{} {}", Rank::High < Rank::Low, (Rank::High as i32) < (Rank::Low as i32));
    show(Value::Float(f64::NAN), Value::Float(f64::NAN));
    show(Value::Float(-0.0), Value::Float(0.0));

    show(Value::Small(100), Value::Pair(0, 0));
    show(Value::Small(3), Value::Small(4));
    show(Value::Pair(1, 9), Value::Pair(2, 0));
    show(Value::Pair(2, 1), Value::Pair(2, 0));
    show(Value::Named { a: 1, b: false }, Value::Named { a: 1, b: true });
    show(Value::Nothing, Value::Float(1.0));
    show(Value::Float(2.5), Value::Float(2.5));

    // sort a small array of suits with a bubble sort using <
    let mut hand = [Suit::Spades, Suit::Clubs, Suit::Hearts, Suit::Diamonds, Suit::Clubs];
    let n = hand.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if hand[j + 1] < hand[j] {
                let t = hand[j];
                hand[j] = hand[j + 1];
                hand[j + 1] = t;
            }
        }
    }
    println!("{:?}", hand);
    assert!(Value::Pair(0, 0) > Value::Small(i32::MAX));
    assert_eq!(Suit::Diamonds, Suit::Diamonds);
    assert!(Suit::Diamonds != Suit::Hearts);
    println!("ok");
}
