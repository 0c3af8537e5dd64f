package org.jrustc.syntax;

import static org.jrustc.syntax.Parsing.body;
import static org.jrustc.syntax.Parsing.expr;
import static org.jrustc.syntax.Parsing.items;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jrustc.syntax.ast.Item;
import org.junit.jupiter.api.Test;

/**
 * Rust that jrustc does not support yet parses, and becomes an Unsupported node naming it, so that
 * the user reads "closures are not supported by jrustc" rather than a syntax error.
 */
class UnsupportedTest {

    @Test
    void itemKinds() {
        assertEquals("""
                <supertraits>
                (trait Named (fn name;) (fn hello (&self) -> i32 {1}))
                (trait Out)
                <generic traits>
                (enum E [A unit {}, B tuple {0: i32}, C named {x: i32}, D unit {} = 4])
                (use fmt = std::fmt)
                (use mem = std::mem, W = std::io::Write)
                (use std::collections::*)
                <`self` in `use` lists>
                (use Circle = crate::shapes::Circle)
                <modules>
                <modules>
                (const N: usize = 5)
                <`static mut` items>
                (type Int = i32)
                <generic type aliases>
                <`const` items without a value>
                <`extern crate` declarations>
                <`extern` blocks>
                <`macro_rules!` definitions>
                <macro invocations in item position>""", Parsing.items("""
                trait Shape: Clone { fn area(&self) -> i32; fn name(&self) -> i32 { 1 } type Out; const C: i32; }
                trait Named { fn name(&self) -> i32; fn hello(&self) -> i32 { 1 } }
                trait Out { type Item; }
                trait From<T> { fn from(t: T) -> Self; }
                enum E { A, B(i32), C { x: i32 }, D = 4 }
                use std::fmt;
                use std::{mem, io::Write as W};
                use std::collections::*;
                use std::io::{self, Read};
                use crate::shapes::Circle;
                mod m { fn f() {} }
                mod n;
                const N: usize = 5;
                static mut S: i32 = 0;
                type Int = i32;
                type Pair<T> = (T, T);
                const NOTHING: i32;
                extern crate core;
                extern "C" { fn abs(x: i32) -> i32; }
                macro_rules! square { ($x:expr) => { $x * $x }; }
                thread_local!(static X: i32 = 1);
                """));
    }

    @Test
    void generics() {
        assertEquals("(fn id<T: Clone + Copy> (x: T) -> T {x})", items("fn id<T: Clone + 'static>(x: T) -> T where T: Copy { x }"));
        assertEquals("(fn show<impl Shape + Copy: Shape + Copy, impl Shape: Shape, impl Shape#2: Shape> (s: impl Shape + Copy, "
                + "t: &impl Shape, u: impl Shape#2) {})", items("fn show(s: impl Shape + Copy, t: &impl Shape, u: impl Shape) {}"));
        assertEquals("<const generics>", items("fn f<const N: usize>() {}"));
        assertEquals("<`impl Trait` in return position>", items("fn f() -> impl Shape { S }"));
        assertEquals("(fn longest<'a> (x: &'a str, y: &'a str) -> &'a str {x})",
                items("fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { x }"));
        assertEquals("(struct W<T> named {x: T})", items("struct W<T> { x: T }"));
        assertEquals("<bounds on the type parameters of structs and enums>", items("struct W<T: Copy> { x: T }"));
        assertEquals("(struct R<'a> named {r: &'a i32})", items("struct R<'a> { r: &'a i32 }"));
        assertEquals("(impl<T> W<T> (fn get (&self) -> &T {(& (. self x))}))", items("impl<T> W<T> { fn get(&self) -> &T { &self.x } }"));
        assertEquals("<generic trait impls>", items("impl<T> Shape for W<T> {}"));
        assertEquals("<this kind of `where` clause>", items("fn f(x: i32) where i32: Copy {}"));
        assertEquals("<generic traits>", items("impl From<i32> for S { fn from(x: i32) -> S { S } }"));
        assertEquals("(impl S (fn f<T> (&self, t: T) {}))", items("impl S { fn f<T>(&self, t: T) {} }"));
        assertEquals("<generic methods in traits>",
                items("trait T { fn f<U>(&self, u: U); }"));
    }

    @Test
    void functionQualifiersAndOddMembers() {
        assertEquals("<`async fn`>", items("async fn f() {}"));
        assertEquals("<`unsafe fn`>", items("unsafe fn f() {}"));
        assertEquals("<`const fn`>", items("const fn f() -> i32 { 1 }"));
        assertEquals("<`extern` functions>", items("extern \"C\" fn f() {}"));
        assertEquals("(impl S)", items("impl S { const C: i32 = 1; }"));
        assertEquals("(impl Iterator for S)", items("impl Iterator for S { type Item = i32; }"));
        assertEquals("<bounds on associated types>", items("trait T { type Item: Copy; }"));
        assertEquals("<typed `self` parameters>", items("impl S { fn f(self: Box<Self>) {} }"));
        assertEquals("<tuple patterns in parameters>", items("fn f((a, b): (i32, i32)) {}"));
        assertEquals("<`ref` parameters>", items("fn f(ref a: i32) {}"));
        assertEquals("<`unsafe impl`>", items("unsafe impl Send for S {}"));
    }

    @Test
    void expressions() {
        assertEquals("<closures>", expr("|x| x + 1"));
        assertEquals("<closures>", expr("|| 42"));
        assertEquals("<closures>", expr("move |a: i32, b| -> i32 { a + b }"));
        assertEquals("(match x [0 | 1 => 1] [n if (> n 5) => {2}] [_ => 3])",
                expr("match x { 0 | 1 => 1, n if n > 5 => { 2 } _ => 3 }"));
        assertEquals("(if-let y [Some(x) => {x}] [_ => {0}])", expr("if let Some(x) = y { x } else { 0 }"));
        assertEquals("(? (call f))", expr("f()?"));
        assertEquals("<`unsafe` blocks>", expr("unsafe { f() }"));
        assertEquals("{<labeled blocks>}", body("'a: { break 'a 1; }"));
        assertEquals("(call <explicit generic arguments (`::<>`) of a type in a path>)", expr("Vec::<i32>::new()"));
        assertEquals("(call size::<i32, _> x)", expr("size::<i32, _>(x)"));
        assertEquals("(call <qualified paths>)", expr("<i32 as Default>::default()"));
        assertEquals("<`.await`>", expr("f().await"));
    }

    @Test
    void literals() {
        assertEquals("<byte strings>", expr("b\"bytes\""));
        assertEquals("<byte literals>", expr("b'a'"));
        assertEquals("<raw strings>", expr("r\"raw\\n\""));
        assertEquals("<raw strings>", expr("r#\"raw \"quoted\"\"#"));
        assertEquals("<byte strings>", expr("br\"x\""));
        assertEquals("(.max 1 2)", expr("1.max(2)"));
        assertEquals("(.. 1 2)", expr("1..2"));
    }

    @Test
    void patterns() {
        assertEquals("{(let &x r) (let S { a: a, .. } s) (let P(a, b) p) (let <slice patterns> a) (let n @ 1..=5 x) "
                        + "(let m::C m::C) (let A | B y) (let (a, ..) t) (for (i, &x) v {})}",
                body("let &x = r; let S { a, .. } = s; let P(a, b) = p; let [a, b] = a; "
                        + "let n @ 1..=5 = x; let m::C = m::C; let (A | B) = y; let (a, ..) = t; for (i, &x) in v {}"));
    }

    @Test
    void types() {
        assertEquals("(fn f (a: &<slices>, b: [i32; 3], c: &<trait objects>, d: <closure trait bounds>, "
                        + "e: <function pointer types>, f: <raw pointers>, g: _, "
                        + "h: Holder<'a>, i: Box<<trait objects>>, j: <qualified paths>) {})",
                items("fn f(a: &[i32], b: [i32; 3], c: &dyn Shape, d: impl Fn(i32) -> i32 + Clone, "
                        + "e: fn(i32) -> i32, f: *const i32, g: _, h: Holder<'a>, i: Box<dyn Shape>, j: <T as X>::Y) {}"));
    }

    @Test
    void unsupportedItemsKeepTheirSpan() {
        String text = "fn main() {}\nfn id<const N: usize>(x: i32) -> i32 { x }\n";
        Item.Unsupported generic = (Item.Unsupported) Parsing.parse(text).items().get(1);
        assertEquals("<const N: usize>", Parsing.text(text, generic.span()));
    }
}
