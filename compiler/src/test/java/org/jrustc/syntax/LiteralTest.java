package org.jrustc.syntax;

import static org.jrustc.syntax.Parsing.expr;
import static org.jrustc.syntax.Parsing.expression;
import static org.jrustc.syntax.Parsing.firstError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.jrustc.syntax.ast.Expr;
import org.junit.jupiter.api.Test;

/** Integer, float, character and string literals: radixes, separators, suffixes, escapes, and their errors. */
class LiteralTest {

    @Test
    void integers() {
        assertEquals(new Expr.IntLit(BigInteger.valueOf(1000), null, new org.jrustc.diag.Span(21, 26)), expression("1_000"));
        assertEquals("5u8", expr("5u8"));
        assertEquals("255i64", expr("0xFFi64"));
        assertEquals("15", expr("0o17"));
        assertEquals("170", expr("0b1010_1010"));
        assertEquals("4294967295u32", expr("0xFFFF_FFFFu32"));
        assertEquals("18000000000000000000", expr("18_000_000_000_000_000_000"));
        assertEquals("7usize", expr("7_usize"));
        assertEquals("6450", expr("0x1932"));
    }

    @Test
    void floats() {
        assertEquals("1.5", expr("1.5"));
        assertEquals("1e5", expr("1e5"));
        assertEquals("2.", expr("2."));
        assertEquals("1f32", expr("1f32"));
        assertEquals("2.5e-3f64", expr("2.5e-3f64"));
        assertEquals("1000.25", expr("1_000.2_5"));
    }

    @Test
    void characters() {
        assertEquals('a', ((Expr.CharLit) expression("'a'")).codePoint());
        assertEquals('\n', ((Expr.CharLit) expression("'\\n'")).codePoint());
        assertEquals('\'', ((Expr.CharLit) expression("'\\''")).codePoint());
        assertEquals('"', ((Expr.CharLit) expression("'\"'")).codePoint());
        assertEquals('\\', ((Expr.CharLit) expression("'\\\\'")).codePoint());
        assertEquals(0, ((Expr.CharLit) expression("'\\0'")).codePoint());
        assertEquals(0x7F, ((Expr.CharLit) expression("'\\x7F'")).codePoint());
        assertEquals(0x1F600, ((Expr.CharLit) expression("'\\u{1F600}'")).codePoint());
        assertEquals(0x1F600, ((Expr.CharLit) expression("'😀'")).codePoint());
        assertEquals(0xE9, ((Expr.CharLit) expression("'é'")).codePoint());
    }

    @Test
    void strings() {
        assertEquals("tab\there \"q\" back\\slash nul\0 \u00e9", ((Expr.StrLit) expression(
                "\"tab\\there \\\"q\\\" back\\\\slash nul\\0 \\u{e9}\"")).value());
        // A backslash at the end of a line joins it with the next, without the indentation.
        assertEquals("one two", ((Expr.StrLit) expression("\"one \\\n        two\"")).value());
        assertEquals("two\nlines", ((Expr.StrLit) expression("\"two\nlines\"")).value());
        assertEquals("crlf\nline", ((Expr.StrLit) expression("\"crlf\r\nline\"")).value());
        assertEquals("😀", ((Expr.StrLit) expression("\"😀\"")).value());
    }

    @Test
    void spansAfterAnAstralCharacterCountJavaChars() {
        String source = "fn main() { let _e = (\"😀\", x); }";
        Expr.Tuple tuple = (Expr.Tuple) expression("(\"😀\", x)");
        assertEquals("x", Parsing.text(source, tuple.elements().get(1).span()));
        assertEquals("\"😀\"", Parsing.text(source, tuple.elements().get(0).span()));
    }

    @Test
    void booleans() {
        assertEquals(new Expr.BoolLit(true, new org.jrustc.diag.Span(21, 25)), expression("true"));
    }

    @Test
    void literalErrors() {
        assertEquals("invalid digit for a base 2 literal @ 1:25", firstError("fn main() { let x = 0b102; }"));
        assertEquals("invalid digit for a base 8 literal @ 1:23", firstError("fn main() { let x = 0o8; }"));
        assertEquals("no valid digits found for number @ 1:21", firstError("fn main() { let x = 0x; }"));
        assertEquals("invalid suffix `foo` for number literal @ 1:21", firstError("fn main() { let x = 5foo; }"));
        assertEquals("unknown character escape: `q` @ 1:23", firstError("fn main() { let c = \"\\q\"; }"));
        assertEquals("invalid unicode character escape @ 1:22", firstError("fn main() { let c = '\\u{D800}'; }"));
        assertEquals("overlong unicode escape @ 1:22", firstError("fn main() { let c = '\\u{1234567}'; }"));
        assertEquals("out of range hex escape @ 1:22", firstError("fn main() { let c = '\\x80'; }"));
        assertEquals("empty unicode escape @ 1:22", firstError("fn main() { let c = '\\u{}'; }"));
        assertEquals("suffixes on a tuple index are invalid @ 1:23", firstError("fn main() { let c = t.0u8; }"));
    }
}
