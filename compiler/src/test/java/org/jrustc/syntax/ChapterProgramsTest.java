package org.jrustc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Stmt;
import org.junit.jupiter.api.Test;

/** The six programs of "The Stack and the Heap", the chapter jrustc is founded on. */
class ChapterProgramsTest {

    @Test
    void oneBinding() {
        assertEquals("(fn main () {(let x 42)})", Parsing.items("""
                fn main() {
                    let x = 42;
                }
                """));
    }

    @Test
    void twoFrames() {
        assertEquals("""
                (fn foo () {(let y 5) (let z 100)})
                (fn main () {(let x 42) (call foo);})""", Parsing.items("""
                fn foo() {
                    let y = 5;
                    let z = 100;
                }

                fn main() {
                    let x = 42;

                    foo();
                }
                """));
    }

    @Test
    void threeDeep() {
        assertEquals("""
                (fn bar () {(let i 6)})
                (fn foo () {(let a 5) (let b 100) (let c 1) (call bar);})
                (fn main () {(let x 42) (call foo);})""", Parsing.items("""
                fn bar() {
                    let i = 6;
                }

                fn foo() {
                    let a = 5;
                    let b = 100;
                    let c = 1;

                    bar();
                }

                fn main() {
                    let x = 42;

                    foo();
                }
                """));
    }

    @Test
    void boxOnTheHeap() {
        assertEquals("(fn main () {(let x (call Box::new 5)) (let y 42)})", Parsing.items("""
                fn main() {
                    let x = Box::new(5);
                    let y = 42;
                }
                """));
    }

    @Test
    void argumentsAndBorrowing() {
        assertEquals("""
                (fn foo (i: &i32) {(let z 42)})
                (fn main () {(let x 5) (let y (& x)) (call foo y);})""", Parsing.items("""
                fn foo(i: &i32) {
                    let z = 42;
                }

                fn main() {
                    let x = 5;
                    let y = &x;

                    foo(y);
                }
                """));
    }

    static final String COMPLEX_EXAMPLE = """
            fn foo(x: &i32) {
                let y = 10;
                let z = &y;

                baz(z);
                bar(x, z);
            }

            fn bar(a: &i32, b: &i32) {
                let c = 5;
                let d = Box::new(5);
                let e = &d;

                baz(e);
            }

            fn baz(f: &i32) {
                let g = 100;
            }

            fn main() {
                let h = 3;
                let i = Box::new(20);
                let j = &h;

                foo(j);
            }
            """;

    @Test
    void complexExample() {
        assertEquals("""
                (fn foo (x: &i32) {(let y 10) (let z (& y)) (call baz z); (call bar x z);})
                (fn bar (a: &i32, b: &i32) {(let c 5) (let d (call Box::new 5)) (let e (& d)) (call baz e);})
                (fn baz (f: &i32) {(let g 100)})
                (fn main () {(let h 3) (let i (call Box::new 20)) (let j (& h)) (call foo j);})""",
                Parsing.items(COMPLEX_EXAMPLE));
    }

    @Test
    void spansPointAtTheSource() {
        String text = COMPLEX_EXAMPLE;
        Crate crate = Parsing.parse(text);
        Item.Fn bar = (Item.Fn) crate.items().get(1);
        assertEquals("bar", Parsing.text(text, bar.nameSpan()));
        assertEquals(text.substring(text.indexOf("fn bar"), text.indexOf("fn baz")).strip(), Parsing.text(text, bar.span()));
        assertEquals("b: &i32", Parsing.text(text, bar.params().get(1).span()));
        assertEquals("b", Parsing.text(text, bar.params().get(1).nameSpan()));
        assertEquals("&i32", Parsing.text(text, bar.params().get(1).type().span()));
        Stmt.Let d = (Stmt.Let) bar.body().stmts().get(1);
        assertEquals("let d = Box::new(5);", Parsing.text(text, d.span()));
        Expr.Call call = (Expr.Call) d.init();
        assertEquals("Box::new(5)", Parsing.text(text, call.span()));
        assertEquals("Box::new", Parsing.text(text, call.callee().span()));
        assertEquals("5", Parsing.text(text, call.args().get(0).span()));
        Stmt.ExprStmt baz = (Stmt.ExprStmt) bar.body().stmts().get(3);
        assertEquals("baz(e);", Parsing.text(text, baz.span()));
        assertEquals("baz(e)", Parsing.text(text, baz.expr().span()));
    }
}
