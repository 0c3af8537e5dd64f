package org.jrustc.syntax;

import static org.jrustc.syntax.Parsing.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jrustc.syntax.ast.Item;
import org.junit.jupiter.api.Test;

/** Functions, structs, impls, attributes, types and patterns in declarations. */
class ItemTest {

    @Test
    void functions() {
        assertEquals("(fn add (a: i32, mut b: i32, _: u8) -> i32 {(+ a b)})",
                items("fn add(a: i32, mut b: i32, _: u8) -> i32 { a + b }"));
        assertEquals("(fn f () -> ! {(loop {})})", items("pub fn f() -> ! { loop {} }"));
        assertEquals("(fn g () -> () {})", items("fn g() -> () {}"));
    }

    @Test
    void selfParameters() {
        assertEquals("(impl S (fn a (self) {}) (fn b (mut self) {}) (fn c (&self) {}) (fn d (&mut self, x: i32) {}) "
                        + "(fn e (&self) {}) (fn f (&mut self) {}))",
                items("""
                        impl S {
                            fn a(self) {}
                            fn b(mut self) {}
                            fn c(&self) {}
                            pub fn d(&mut self, x: i32) {}
                            fn e(&'a self) {}
                            fn f(&'a mut self,) {}
                        }
                        """));
    }

    @Test
    void structs() {
        assertEquals("""
                (struct Point named {x: i32, y: i32} derives [Clone, Copy, Debug])
                (struct Pair tuple {0: i32, 1: Box<i32>})
                (struct Unit unit {})
                (struct Empty named {})""", items("""
                #[derive(Clone, Copy, Debug)]
                struct Point { pub x: i32, y: i32, }
                #[allow(dead_code)]
                pub struct Pair(i32, pub Box<i32>);
                struct Unit;
                struct Empty {}
                """));
    }

    @Test
    void derivesFromSeveralAttributesAndPaths() {
        Item.Struct s = (Item.Struct) Parsing.parse("""
                #[derive(Clone)]
                #[derive(std::fmt::Debug, PartialEq,)]
                struct S;
                """).items().get(0);
        assertEquals(java.util.List.of("Clone", "Debug", "PartialEq"), s.derives());
    }

    @Test
    void impls() {
        assertEquals("(impl Drop for D (fn drop (&mut self) {(println! [\"drop\"]);}))",
                items("impl Drop for D { fn drop(&mut self) { println!(\"drop\"); } }"));
        Item.Impl inherent = (Item.Impl) Parsing.parse("impl S { }").items().get(0);
        assertNull(inherent.traitName());
        assertNull(inherent.traitSpan());
        String text = "impl std::ops::Drop for D {}";
        Item.Impl qualified = (Item.Impl) Parsing.parse(text).items().get(0);
        assertEquals("std::ops::Drop", qualified.traitName());
        assertEquals("std::ops::Drop", Parsing.text(text, qualified.traitSpan()));
    }

    @Test
    void types() {
        assertEquals("(fn f (a: &'static str, b: &'a mut Box<Box<i32>>, c: (i32, bool), d: (i32,), e: (), g: &&i32) {})",
                items("fn f(a: &'static str, b: &'a mut Box<Box<i32>>, c: (i32, bool), d: (i32,), e: (), g: &&i32) {}"));
        assertEquals("(fn f (a: i32) {})", items("fn f(a: (i32)) {}"));
        assertEquals("(fn f (s: Self, t: std::string::String) {})", items("fn f(s: Self, t: std::string::String) {}"));
    }

    @Test
    void attributesAndCommentsAreIgnored() {
        assertEquals("(fn main () {(let x 1)})", items("""
                #![allow(unused)]
                //! crate docs
                /// A doc comment.
                /** A block doc comment. */
                #[inline]
                fn main() {
                    // a comment
                    let x = /* inline /* nested */ comment */ 1;
                }
                """));
    }

    @Test
    void itemsInsideBlocks() {
        assertEquals("(fn main () {(fn helper () -> i32 {1}) (struct Local named {a: i32}) (call helper)})",
                items("fn main() { fn helper() -> i32 { 1 } struct Local { a: i32 } helper() }"));
    }

    @Test
    void letStatements() {
        assertEquals("{(let x) (let mut y: u8) (let ref z w) (let ref mut r v) (let _ 5) (let x 1)}",
                Parsing.body("let x; let mut y: u8; let ref z = w; let ref mut r = v; let _ = 5; let (x) = 1;"));
    }

    @Test
    void spans() {
        String text = """
                #[derive(Clone)]
                pub struct P { x: i32 }
                """;
        Item.Struct p = (Item.Struct) Parsing.parse(text).items().get(0);
        assertEquals("pub struct P { x: i32 }", Parsing.text(text, p.span()));
        assertEquals("P", Parsing.text(text, p.nameSpan()));
        assertEquals("x: i32", Parsing.text(text, p.fields().get(0).span()));
        String method = "impl P { fn f(&mut self, mut a: u8) {} }";
        Item.Fn f = ((Item.Impl) Parsing.parse(method).items().get(0)).fns().get(0);
        assertEquals("&mut self", Parsing.text(method, f.self().span()));
        assertEquals("mut a: u8", Parsing.text(method, f.params().get(0).span()));
        assertEquals("a", Parsing.text(method, f.params().get(0).nameSpan()));
    }
}
