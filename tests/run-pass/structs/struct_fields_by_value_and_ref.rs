// Struct fields of struct type passed by value and by reference, with Drop to show moves.
struct Name {
    text: &'static str,
}

impl Drop for Name {
    fn drop(&mut self) {
        println!("drop name {}", self.text);
    }
}

#[derive(Clone, Copy)]
struct Stats {
    hp: i32,
    level: u8,
}

struct Player {
    name: Name,
    stats: Stats,
    backup: Stats,
}

impl Drop for Player {
    fn drop(&mut self) {
        println!("drop player {} hp={}", self.name.text, self.stats.hp);
    }
}

fn show_name(n: &Name) {
    println!("name: {}", n.text);
}

fn consume_name(n: Name) -> usize {
    println!("consuming {}", n.text);
    n.text.len()
}

fn heal(s: &mut Stats, by: i32) {
    s.hp += by;
}

fn level_up(mut s: Stats) -> Stats {
    s.level += 1;
    s.hp += 10;
    s
}

fn describe(p: &Player) -> i32 {
    show_name(&p.name);
    p.stats.hp + p.backup.hp
}

fn main() {
    let mut p = Player { name: Name { text: "ann" }, stats: Stats { hp: 10, level: 1 }, backup: Stats { hp: 0, level: 0 } };
    show_name(&p.name);
    heal(&mut p.stats, 5);
    p.backup = p.stats;
    p.stats = level_up(p.stats);
    println!("hp {} level {} backup hp {} level {}", p.stats.hp, p.stats.level, p.backup.hp, p.backup.level);
    println!("describe = {}", describe(&p));
    let s2 = level_up(level_up(p.backup));
    println!("s2 {} {}", s2.hp, s2.level);
    let loose = Name { text: "loose" };
    let n = consume_name(loose);
    println!("len {n}");
    let q = Player { name: Name { text: "bo" }, stats: s2, backup: p.stats };
    let moved = q;
    println!("moved {} {}", moved.name.text, moved.backup.hp);
    {
        let r = &moved;
        let st = &r.stats;
        println!("through refs {}", st.hp);
    }
    println!("end");
}
