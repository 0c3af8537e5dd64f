package org.jrustc.syntax;

import static org.jrustc.syntax.Parsing.firstError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** Malformed programs get one rustc-like error at the right line and column, and nothing is thrown. */
class SyntaxErrorTest {

    @Test
    void unterminatedString() {
        String text = "fn main() {\n    let s = \"abc;\n}\n";
        assertEquals("unterminated double quote string @ 2:13", firstError(text));
        assertEquals("E0765", Parsing.errors(text).get(0).code());
    }

    @Test
    void unterminatedBlockComment() {
        String text = "fn main() {} /* abc /* nested */ ";
        assertEquals("unterminated block comment @ 1:14", firstError(text));
        Diagnostic d = Parsing.errors(text).get(0);
        assertEquals("E0758", d.code());
        assertEquals(text.length(), d.span().end());
    }

    @Test
    void missingSemicolonPointsAfterTheLineThatLacksIt() {
        String text = "fn main() {\n    let x = 5\n    let y = 6;\n}\n";
        assertEquals("expected `;`, found keyword `let` @ 2:14", firstError(text));
        Diagnostic d = Parsing.errors(text).get(0);
        assertEquals("help: add `;` here", d.label());
        assertEquals("unexpected token", d.labels().get(0).message());
        assertEquals("expected `;`, found keyword `let` @ 1:23", firstError("fn main() { let x = 5 let y = 6; }"));
        assertEquals("expected one of `(`, `.`, `;`, `?`, `[`, `}`, or an operator, found `y` @ 1:19",
                firstError("fn main() { x = 1 y = 2; }"));
    }

    @Test
    void unbalancedDelimiters() {
        assertEquals("this file contains an unclosed delimiter @ 1:5", firstError("fn ("));
        assertEquals("this file contains an unclosed delimiter @ 1:13", firstError("fn main() { "));
        assertEquals("unexpected closing delimiter: `}` @ 1:15", firstError("fn main() { } }"));
        assertEquals("mismatched closing delimiter: `}` @ 1:16", firstError("fn main() { foo(1; }"));
        assertEquals("mismatched closing delimiter: `)` @ 1:21", firstError("fn main() { let x = [1, 2); }"));
    }

    @Test
    void expectedThisFoundThat() {
        assertEquals("expected identifier, found `(` @ 1:4", firstError("fn () {}"));
        assertEquals("expected expression, found `;` @ 1:21", firstError("fn main() { let a = ; }"));
        assertEquals("expected expression, found `}` @ 1:43", firstError("fn main() { let x = if a { 1 } else { 2 + }; }"));
        assertEquals("expected type, found `}` @ 1:15", firstError("struct S { a: }"));
        assertEquals("expected type, found `{` @ 1:14", firstError("fn main() -> { }"));
        assertEquals("expected pattern, found `=` @ 1:17", firstError("fn main() { let = 5; }"));
        assertEquals("expected pattern, found reserved keyword `box` @ 1:17", firstError("fn main() { let box = 5; }"));
        assertEquals("expected one of `(`, `)`, `,`, `.`, `?`, `[`, or an operator, found `2` @ 1:19",
                firstError("fn main() { foo(1 2); }"));
        assertEquals("expected `,`, found `i` @ 1:27", firstError("fn main() { println!(\"{}\" i); }"));
    }

    @Test
    void garbage() {
        assertEquals("expected item, found `@` @ 1:1", firstError("@@@ hello"));
        assertEquals("expected expression, found `$` @ 1:13", firstError("fn main() { $ }"));
        assertEquals("unknown start of token: \\u{a4} @ 1:21", firstError("fn main() { let c = ¤; }"));
        assertEquals("unknown start of token: ` @ 1:1", firstError("`"));
        assertEquals("expected item, found keyword `let` @ 1:1", firstError("let x = 5;"));
    }

    @Test
    void operatorsThatRustcRejects() {
        assertEquals("comparison operators cannot be chained @ 1:23", firstError("fn main() { let a = 1 == 2 == 3; }"));
        assertEquals("comparison operators cannot be chained @ 1:23", firstError("fn main() { let a = 1 < 2 > 3; }"));
        assertEquals("expected expression, found `>` @ 1:21", firstError("fn main() { x = a > > b; }"));
        assertEquals("expected expression, found `=` @ 1:25", firstError("fn main() { let c = a > = b; }"));
    }

    @Test
    void structLiteralInACondition() {
        String text = "fn main() { if x == S { a: 1 } {} }";
        assertEquals("struct literals are not allowed here @ 1:21", firstError(text));
        assertEquals("S { a: 1 }", Parsing.text(text, Parsing.errors(text).get(0).span()));
    }

    @Test
    void emptyFileIsAnEmptyCrate() {
        // rustc's complaint about a missing `main` (E0601) belongs to a later pass.
        assertEquals(List.of(), Parsing.parse("").items());
        assertEquals(List.of(), Parsing.parse("  // only a comment\n").items());
    }

    @Test
    void oneErrorPerSyntaxError() {
        assertEquals(1, Parsing.errors("fn main() { let = ; let = ; }").size());
    }

    @Test
    void errorsAddToExistingDiagnostics() {
        Diagnostics diags = new Diagnostics();
        diags.report(Diagnostic.error(null, "earlier", org.jrustc.diag.Span.NONE));
        assertTrue(Parser.parse(new SourceFile("a.rs", "fn main() {}"), diags) != null,
                "a valid file parses even when earlier diagnostics exist");
    }
}
