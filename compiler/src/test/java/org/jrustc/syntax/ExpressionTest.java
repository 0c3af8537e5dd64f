package org.jrustc.syntax;

import static org.jrustc.syntax.Parsing.body;
import static org.jrustc.syntax.Parsing.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.jrustc.syntax.ast.Expr;
import org.junit.jupiter.api.Test;

/** Expression shapes: Rust's precedence and associativity, postfix forms, and block-like statements. */
class ExpressionTest {

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
        assertEquals("(- (- 1 2) 3)", expr("1 - 2 - 3"));
        assertEquals("(+ (% (/ (* a b) c) d) e)", expr("a * b / c % d + e"));
    }

    @Test
    void arraysAndIndexing() {
        assertEquals("(array 1 2 3)", expr("[1, 2, 3,]"));
        assertEquals("(array)", expr("[]"));
        assertEquals("(array 0; n)", expr("[0; n]"));
        assertEquals("(index a (+ i 1))", expr("a[i + 1]"));
        assertEquals("(neg (index (index g 1) 0))", expr("-g[1][0]"));
    }

    @Test
    void logicalAndBindsTighterThanOr() {
        assertEquals("(|| a (&& b c))", expr("a || b && c"));
        assertEquals("(|| (&& a b) c)", expr("a && b || c"));
    }

    @Test
    void theOperatorLadder() {
        // as > * > + > << > & > ^ > | > == > && > || > .. > =
        assertEquals("(== (| (^ (& (<< (+ (* (as a u8) b) c) d) e) f) g) h)", expr("a as u8 * b + c << d & e ^ f | g == h"));
        assertEquals("(.. (|| (&& (< a b) c) d) e)", expr("a < b && c || d..e"));
        assertEquals("(>> (>> a b) c)", expr("a >> b >> c"));
        assertEquals("(>= a b)", expr("a >= b"));
        assertEquals("(<= a (neg b))", expr("a <= -b"));
    }

    @Test
    void unaryBindsLooserThanPostfixOperators() {
        assertEquals("(neg (. x y))", expr("-x.y"));
        assertEquals("(not (.is_empty v))", expr("!v.is_empty()"));
        assertEquals("(deref (call f x))", expr("*f(x)"));
        assertEquals("(+ (neg a) b)", expr("-a + b"));
        assertEquals("(neg (neg a))", expr("- -a"));
    }

    @Test
    void borrows() {
        assertEquals("(&mut (deref b))", expr("&mut *b"));
        assertEquals("(& (. s field))", expr("&s.field"));
        assertEquals("(& (& x))", expr("&&x"));
        assertEquals("(& (&mut x))", expr("&&mut x"));
        assertEquals("(+ (& a) (deref b))", expr("&a + *b"));
    }

    @Test
    void castsBindTighterThanArithmetic() {
        assertEquals("(+ (as x u8) 1)", expr("x as u8 + 1"));
        assertEquals("(as (neg x) i64)", expr("-x as i64"));
        assertEquals("(as (as x u8) char)", expr("x as u8 as char"));
        assertEquals("(as (& x) &i32)", expr("&x as &i32"));
    }

    @Test
    void assignmentIsRightAssociative() {
        assertEquals("{(= a (= b c));}", body("a = b = c;"));
        assertEquals("{(+= x (* 2 y));}", body("x += 2 * y;"));
        assertEquals("{(>>= x 1); (<<= x 1); (%= x 2); (^= x 3); (|= x 4); (&= x 5); (-= x 6); (*= x 7); (/= x 8);}",
                body("x >>= 1; x <<= 1; x %= 2; x ^= 3; x |= 4; x &= 5; x -= 6; x *= 7; x /= 8;"));
        assertEquals("{(= (deref b) (+ (deref b) 1));}", body("*b = *b + 1;"));
    }

    @Test
    void postfixChains() {
        assertEquals("(.sum (.area (. (. s inner) shape) 2) 1 2)", expr("s.inner.shape.area(2).sum(1, 2)"));
        assertEquals("(call (call f 1) 2)", expr("f(1)(2)"));
        assertEquals("(call S::new 1)", expr("S::new(1)"));
        assertEquals("(call std::hint::black_box x)", expr("std::hint::black_box(x)"));
        assertEquals("i32::MAX", expr("i32::MAX"));
        assertEquals("(.clone self)", expr("self.clone()"));
        assertEquals("(call Self::new)", expr("Self::new()"));
    }

    @Test
    void tupleFields() {
        assertEquals("(. t 0)", expr("t.0"));
        // The lexer reads `0.1` as one float; the builder splits it into two fields.
        assertEquals("(. (. t 0) 1)", expr("t.0.1"));
        assertEquals("(. (. (. t 0) 1) 2)", expr("t.0.1.2"));
        assertEquals("(.len (. p 1))", expr("p.1.len()"));
        Expr.Field field = (Expr.Field) Parsing.expression("t.0.1");
        assertEquals(new org.jrustc.diag.Span(25, 26), field.nameSpan());
        assertEquals(new org.jrustc.diag.Span(21, 26), field.span());
    }

    @Test
    void tuplesUnitAndParentheses() {
        assertEquals("(tuple)", expr("()"));
        assertEquals("(tuple a b)", expr("(a, b)"));
        assertEquals("(tuple a)", expr("(a,)"));
        assertEquals("(* (+ a b) c)", expr("(a + b) * c"));
        assertEquals("a", expr("((a))"));
    }

    @Test
    void ranges() {
        assertEquals("(.. 0 n)", expr("0..n"));
        assertEquals("(..= 1 (+ n 1))", expr("1..=n + 1"));
        assertEquals("(.. a _)", expr("a.."));
        assertEquals("(.. _ b)", expr("..b"));
        assertEquals("(..= _ b)", expr("..=b"));
        assertEquals("(.. _ _)", expr(".."));
    }

    @Test
    void structLiterals() {
        assertEquals("(Point {x: 1, y: y})", expr("Point { x: 1, y }"));
        assertEquals("(Point {x: 1, y: 2})", expr("Point { x: 1, y: 2, }"));
        assertEquals("(Empty {})", expr("Empty {}"));
        assertEquals("(call P 1 2)", expr("P(1, 2)"));
        assertEquals("(. (S {a: 1}) a)", expr("S { a: 1 }.a"));
        assertEquals("(P {x: 1, ..(call base)})", expr("P { x: 1, ..base() }"));
        assertEquals("(P {..p})", expr("P { ..p }"));
    }

    @Test
    void noStructLiteralInConditions() {
        // `S {}` would be a struct literal; in a condition the braces are the body.
        assertEquals("{(if (== x S) {})}", body("if x == S {}"));
        assertEquals("{(while (!= x S) {(= x y);})}", body("while x != S { x = y; }"));
        assertEquals("{(for i v {})}", body("for i in v {}"));
        // Inside brackets the restriction is lifted.
        assertEquals("{(if (== x (S {a: 1})) {})}", body("if x == (S { a: 1 }) {}"));
        assertEquals("{(if (call f (S {a: 1})) {})}", body("if f(S { a: 1 }) {}"));
        assertEquals("{(if (== x {(S {a: 1})}) {})}", body("if x == { S { a: 1 } } {}"));
        assertEquals("{(while {c} {}) (for i {v} {})}", body("while { c } {} for i in { v } {}"));
    }

    @Test
    void blockLikeStatementsEndAtTheirBlock() {
        assertEquals("{(if c {}) (= (deref p) 1);}", body("if c {} *p = 1;"));
        assertEquals("{(if c {}) (neg 1);}", body("if c {} -1;"));
        assertEquals("{(loop {(break);}) (tuple a b);}", body("loop { break; } (a, b);"));
        assertEquals("{{} (& x);}", body("{} &x;"));
        // Elsewhere a block-like expression is an operand like any other.
        assertEquals("{(let x (+ (if c {1} {2}) 1))}", body("let x = if c { 1 } else { 2 } + 1;"));
        assertEquals("{(= x (if c {1} {2}));}", body("x = if c { 1 } else { 2 };"));
    }

    @Test
    void aBlockLikeStatementFollowedByADotGoesOn() {
        // rustc reads these as one expression statement: the method applies to the `if`.
        assertEquals("{(.to_string (if c {1} {2}));}", body("if c { 1 } else { 2 }.to_string();"));
        assertEquals("{(.f (if a {} (if b {} {})));}", body("if a {} else if b {} else {}.f();"));
        assertEquals("{(.len {v})}", body("{ v }.len()"));
        assertEquals("{(loop {(break);}) (let y 1)}", body("loop { break; } let y = 1;"));
    }

    @Test
    void tailExpressions() {
        assertEquals("{(let x 1) (+ x 1)}", body("let x = 1; x + 1"));
        assertEquals("{(let x 1) (+ x 1);}", body("let x = 1; x + 1;"));
        // A block-like statement without `;` at the end is the block's value.
        assertEquals("{(if c {1} {2})}", body("if c { 1 } else { 2 }"));
        assertEquals("{(if c {1} {2});}", body("if c { 1 } else { 2 };"));
        assertEquals("{(while c {}) (loop {(break 5)})}", body("while c {} loop { break 5 }"));
        assertEquals("{(call f); (call g)}", body("f(); g()"));
        assertEquals("{}", body(""));
        assertEquals("{}", body(";;"));
    }

    @Test
    void ifElseChains() {
        assertEquals("{(if a {1} (if b {2} {3}))}", body("if a { 1 } else if b { 2 } else { 3 }"));
        assertEquals("{(let v (if a {1} {2}))}", body("let v = if a { 1 } else { 2 };"));
    }

    @Test
    void loopsAndLabels() {
        assertEquals("{(loop 'outer {(loop {(break 'outer 5);})})}", body("'outer: loop { loop { break 'outer 5; } }"));
        assertEquals("{(while 'w true {(continue 'w);})}", body("'w: while true { continue 'w; }"));
        assertEquals("{(for 'f i (.. 0 10) {(continue);})}", body("'f: for i in 0..10 { continue; }"));
        assertEquals("{(for mut i (.. 0 n) {})}", body("for mut i in 0..n {}"));
        assertEquals("{(let x (loop {(break (+ 1 2));}))}", body("let x = loop { break 1 + 2; };"));
    }

    @Test
    void returns() {
        assertEquals("{(return (+ a b));}", body("return a + b;"));
        assertEquals("{(return);}", body("return;"));
        assertEquals("{(if c {(return)})}", body("if c { return }"));
    }

    @Test
    void literalsInExpressions() {
        assertEquals("(+ 1000 255u8)", expr("1_000 + 0xFFu8"));
        assertEquals("'\\n'", expr("'\\n'"));
        assertEquals("\"a\\tb\"", expr("\"a\\tb\""));
        assertEquals("(&& true (not false))", expr("true && !false"));
    }

    @Test
    void spansOfOperators() {
        String source = "fn main() { let _e = a  +  b; }";
        Expr.Binary sum = (Expr.Binary) Parsing.expression("a  +  b");
        assertEquals("+", Parsing.text(source, sum.opSpan()));
        assertEquals("a  +  b", Parsing.text(source, sum.span()));
        Expr.Binary shift = (Expr.Binary) Parsing.expression("a >> b");
        assertEquals(">>", Parsing.text("fn main() { let _e = a >> b; }", shift.opSpan()));
        Expr.MethodCall call = assertInstanceOf(Expr.MethodCall.class, Parsing.expression("v.push(1)"));
        assertEquals("push", Parsing.text("fn main() { let _e = v.push(1); }", call.methodSpan()));
    }

    @Test
    void nestedGenericsCloseWithTwoAngles() {
        assertEquals("{(let b: Box<Box<i32>> (call Box::new (call Box::new 1))) (let r: Box<i32> b)}",
                body("let b: Box<Box<i32>> = Box::new(Box::new(1)); let r: Box<i32>= b;"));
    }
}
