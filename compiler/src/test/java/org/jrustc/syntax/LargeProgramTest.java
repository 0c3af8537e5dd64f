package org.jrustc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jrustc.syntax.ast.Crate;
import org.junit.jupiter.api.Test;

/**
 * A program that uses every construct of jrustc's subset. It is real Rust: {@code rustc --edition
 * 2024} builds it and it runs to completion.
 */
class LargeProgramTest {

    static final String PROGRAM = """
            // Every construct of jrustc's subset, in one program that rustc accepts.
            #![allow(dead_code, unused_variables, unused_mut, unused_assignments, unused_labels)]

            /* A block comment /* with a nested one */ still a comment. */

            /// A point on the grid.
            #[derive(Clone, Copy, Debug)]
            struct Point {
                pub x: i32,
                y: i32,
            }

            #[derive(Debug)]
            pub struct Pair(i32, Box<i32>);

            struct Unit;

            struct Droppy {
                name: &'static str,
            }

            impl Drop for Droppy {
                fn drop(&mut self) {
                    println!("drop {}", self.name);
                }
            }

            impl Point {
                pub fn new(x: i32, y: i32) -> Point {
                    Point { x, y: y }
                }

                fn sum(&self) -> i32 {
                    self.x + self.y
                }

                fn shift(&mut self, dx: i32) {
                    self.x += dx;
                }

                fn into_pair(self) -> Pair {
                    Pair(self.x, Box::new(self.y))
                }

                fn consume(mut self) -> i32 {
                    self.y *= 2;
                    self.y
                }
            }

            fn never_returns() -> ! {
                panic!("never {}", 1)
            }

            fn add(a: i32, mut b: i32, _: u8) -> i32 {
                b += a;
                return b;
            }

            fn deref_twice(b: &Box<Box<i32>>) -> i32 {
                **b.as_ref()
            }

            fn unit() -> () {}

            fn borrow_mut(b: &mut Box<i32>) {
                *b = Box::new(**b + 1);
                let r = &mut *b;
                **r -= 1;
            }

            fn main() {
                let x = 1_000;
                let y: u8 = 0xFF;
                let z = 0o17 + 0b1010_1010 + 5u8 as i32;
                let big = 18_000_000_000u64;
                let c = '\\n';
                let q = '\\'';
                let smile = '\\u{1F600}';
                let s = "tab\\tquote\\" backslash\\\\ nul\\0 \\u{e9} \\
                         continued";
                let t = (1, (2, 3));
                let inner = t.1.0;
                let unit_value = ();
                let mut p = Point::new(1, 2);
                p.shift(3);
                let moved = p;
                let pair = Pair(1, Box::new(2));
                let second = *pair.1;
                let u = Unit;
                let boxed: Box<Box<i32>> = Box::new(Box::new(7));
                let ok = !false && true || x == 3;
                let prec = 1 + 2 * 3 - -4 % 3 / 1;
                let shifts = (1 << 4) >> 2 & 0xF ^ 3 | 8;
                let cmp = x >= 3 && x <= 5 || x < 0 || x > 9 && x != 4;
                let cast = -1i32 as u8 as i32 + 1;
                let max = i32::MAX;
                let hidden = std::hint::black_box(5);
                let ref r = x;
                let _ = add(1, 2, 3);
                let mut i = 0;
                let label_value = 'outer: loop {
                    while i < 10 {
                        i += 1;
                        if i == 2 {
                            continue;
                        } else if i == 8 {
                            break 'outer i * 2;
                        } else {
                            continue 'outer;
                        }
                    }
                    break 0;
                };
                for i in 0..3 {
                    print!("{} ", i);
                }
                for j in 1..=3 {}
                'rows: for a in 0..2 {
                    for b in 0..2 {
                        if b == 1 {
                            continue 'rows;
                        }
                    }
                }
                let block_value = {
                    let v = 5;
                    v * 2
                };
                if x == 0 {
                    println!();
                }
                let mut m = Box::new(1);
                borrow_mut(&mut m);
                let d = Droppy { name: "d" };
                {
                    let _inner = Droppy { name: "inner" };
                }
                println!("{x} {y} {z} {big} {c:?} {q} {smile} {s}");
                println!("{0} {1:?} {0}", inner, p, );
                println!("{}, {}", moved.sum(), second);
                eprintln!("{n}", n = block_value);
                let text = format!("{{literal}} {}", label_value);
                assert!(ok);
                assert!(prec > 0, "prec was {}", prec);
                assert_eq!(shifts, shifts);
                assert_ne!(cmp, !cmp, "{}", cast);
                print!("{}\\n", text);
                let n = deref_twice(&boxed) + (max - max) + hidden + *r;
                println!("{}", n);
            }
            """;

    @Test
    void parsesWithoutUnsupportedNodes() {
        Crate crate = Parsing.parse(PROGRAM);
        assertFalse(crate.toString().contains("Unsupported["), () -> AstPrinter.print(crate));
        List<String> names = crate.items().stream().map(AstPrinter::item)
                .map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).toList();
        assertEquals(List.of("(struct Point", "(struct Pair", "(struct Unit", "(struct Droppy", "(impl Drop",
                "(impl Point", "(fn never_returns", "(fn add", "(fn deref_twice", "(fn unit", "(fn borrow_mut",
                "(fn main"), names);
    }

    @Test
    void keyShapes() {
        Crate crate = Parsing.parse(PROGRAM);
        String printed = AstPrinter.print(crate);
        assertEquals("(struct Point named {x: i32, y: i32} derives [Clone, Copy, Debug])", line(printed, 0));
        assertEquals("(struct Pair tuple {0: i32, 1: Box<i32>} derives [Debug])", line(printed, 1));
        assertEquals("(impl Drop for Droppy (fn drop (&mut self) {(println! [\"drop \" {0} | (. self name)]);}))",
                line(printed, 4));
        assertEquals("(fn never_returns () -> ! {(panic! [\"never \" {0} | 1])})", line(printed, 6));
        assertEquals("(fn borrow_mut (b: &mut Box<i32>) {(= (deref b) (call Box::new (+ (deref (deref b)) 1))); "
                + "(let r (&mut (deref b))) (-= (deref (deref r)) 1);})", line(printed, 10));
        String main = line(printed, 11);
        for (String shape : List.of(
                "(let z (+ (+ 15 170) (as 5u8 i32)))",
                "(let inner (. (. t 1) 0))",
                "(let prec (- (+ 1 (* 2 3)) (/ (% (neg 4) 3) 1)))",
                "(let shifts (| (^ (& (>> (<< 1 4) 2) 15) 3) 8))",
                "(let cast (+ (as (as (neg 1i32) u8) i32) 1))",
                "(let hidden (call std::hint::black_box 5))",
                "(let ref r x)",
                "(break 'outer (* i 2));",
                "(continue 'outer);",
                "(for 'rows a (.. 0 2) {(for b (.. 0 2) {(if (== b 1) {(continue 'rows);})})})",
                "(let block_value {(let v 5) (* v 2)})",
                "(if (== x 0) {(println! []);})",
                "(eprintln! [{0} | block_value]);",
                "(let text (format! [\"{literal} \" {0} | label_value]))",
                "(assert_ne! cmp (not cmp) [{0} | cast]);")) {
            assertTrue(main.contains(shape), () -> "missing " + shape + " in\n" + main);
        }
    }

    private static String line(String printed, int index) {
        return printed.split("\n")[index];
    }
}
